# -*- coding: utf-8 -*-
"""Minimal raw WordprocessingML writer (for what python-docx lacks: text boxes, content
controls, checkboxes, odd line breaks) with a WPS Office or MS Word package signature."""
import zipfile, io, random
from xml.sax.saxutils import escape

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
      'mc:Ignorable="w14 w15 wp14"')

def t(s):
    return f'<w:t xml:space="preserve">{escape(s)}</w:t>'

def rpr(bold=False, italic=False, size=None, font=None):
    x = ""
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'
    if bold: x += "<w:b/><w:bCs/>"
    if italic: x += "<w:i/><w:iCs/>"
    if size: x += f'<w:sz w:val="{size*2}"/><w:szCs w:val="{size*2}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""

def run(text, bold=False, italic=False, size=None, font=None):
    """text: '\n' becomes <w:br/> (soft line break inside the paragraph)."""
    parts = text.split("\n")
    inner = "".join((t(p) if p else "") + ("<w:br/>" if i < len(parts) - 1 else "") for i, p in enumerate(parts))
    return f"<w:r>{rpr(bold, italic, size, font)}{inner}</w:r>"

def para(content, align=None, bold=False, italic=False, size=None, ind=None, spacing_after=60, font=None):
    """content: str (one run) or list of str/raw-xml-run strings (raw ones start with '<')."""
    if isinstance(content, str):
        content = [content]
    runs = "".join(c if c.startswith("<") else run(c, bold, italic, size, font) for c in content)
    ppr = f'<w:spacing w:after="{spacing_after}" w:line="264" w:lineRule="auto"/>'
    if ind: ppr += f'<w:ind w:firstLine="{ind}"/>'
    if align: ppr += f'<w:jc w:val="{align}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"

_id = [100]
def nid():
    _id[0] += 1
    return _id[0]

def textbox(paragraphs_xml, width_cm=16, height_cm=10, name="Text Box", anchor_inline=False, y_cm=0):
    """A run holding a DrawingML text box (wps:txbx) with a VML fallback, as Word/WPS write it."""
    i = nid()
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    body = "".join(paragraphs_xml)
    anchor = (f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240+i}" '
              f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
              f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(y_cm*360000)}</wp:posOffset></wp:positionV>'
              f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
              f'<wp:docPr id="{i}" name="{name} {i}"/><wp:cNvGraphicFramePr/>')
    graphic = (f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
               f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
               f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
               f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>'
               f'</wps:wsp></a:graphicData></a:graphic>')
    choice = f'<w:drawing>{anchor}{graphic}</wp:anchor></w:drawing>'
    fallback = (f'<w:pict><v:shape id="Text Box {i}" o:spid="_x0000_s{1024+i}" type="#_x0000_t202" '
                f'style="position:absolute;margin-left:0;margin-top:{y_cm}cm;width:{width_cm}cm;height:{height_cm}cm;z-index:{i}" '
                f'filled="f" strokeweight=".5pt"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>')
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')

def sdt_inline(text, alias, tag=None, kind="text", items=None, date_iso=None, bold=False):
    """Inline content control run(s)."""
    i = nid()
    pr = f'<w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(tag or alias)}"/><w:id w:val="{-1000000+i}"/>'
    if kind == "text":
        pr += "<w:text/>"
    elif kind == "dropdown":
        pr += "<w:dropDownList>" + "".join(
            f'<w:listItem w:displayText="{escape(x)}" w:value="{escape(x)}"/>' for x in items) + "</w:dropDownList>"
    elif kind == "date":
        pr += (f'<w:date w:fullDate="{date_iso}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
               f'<w:lid w:val="vi-VN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    elif kind == "checkbox":
        pr += ('<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>') % (1 if text == "☒" else 0)
        return (f'<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>{pr}</w:sdtPr>'
                f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>{t(text)}</w:r></w:sdtContent></w:sdt>')
    return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{run(text, bold=bold)}</w:sdtContent></w:sdt>'

def sdt_block(paragraphs_xml, alias):
    i = nid()
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{escape(alias)}"/><w:id w:val="{-2000000+i}"/></w:sdtPr>'
            f'<w:sdtContent>{"".join(paragraphs_xml)}</w:sdtContent></w:sdt>')

def table(rows, widths, header_bold=True, borders=True):
    """rows: list of lists of cell contents (each cell: list of paragraph xml or a str)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    b = ('<w:tblBorders>' + "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>') if borders else ""
    out = f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    for ri, r in enumerate(rows):
        out += "<w:tr>"
        for ci, c in enumerate(r):
            span = 1
            if isinstance(c, tuple):
                c, span = c
            if isinstance(c, str):
                c = [para(c, bold=(ri == 0 and header_bold), spacing_after=0)]
            gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            w = sum(widths[ci:ci + span])
            out += f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{gs}</w:tcPr>{"".join(c)}</w:tc>'
        out += "</w:tr>"
    return out + "</w:tbl>"

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'
          '<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:lang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="2"><w:name w:val="Default Paragraph Font"/><w:semiHidden/></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="3"><w:name w:val="Normal Table"/><w:semiHidden/>'
          '<w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '</w:styles>')

def app_wps(words=400):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal</Template>'
            f'<Pages>1</Pages><Words>{words}</Words><Characters>0</Characters><Lines>0</Lines><Paragraphs>0</Paragraphs>'
            '<TotalTime>12</TotalTime><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>'
            '<CharactersWithSpaces>0</CharactersWithSpaces><Application>WPS Office_12.2.0.21179_F1E327BC-269C-435d-A152-05C5408002CA</Application>'
            '<DocSecurity>0</DocSecurity></Properties>')

CUSTOM_WPS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>1066-12.2.0.21179</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>7A1C3B2E9F0D4E8B9C6A5D4F3E2B1A09_13</vt:lpwstr></property>'
              '</Properties>')

def app_word(words=800):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
            f'<TotalTime>38</TotalTime><Pages>2</Pages><Words>{words}</Words><Application>Microsoft Office Word</Application>'
            '<DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>')

def core(author, created="2026-11-10T08:12:00Z"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{escape(author)}</dc:creator><cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')

def write_docx(path, body_xml, author="Administrator", wps=True, font="Times New Roman", size=13, created="2026-11-10T08:12:00Z"):
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            'w:left="1701" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body_xml}{sect}</w:body></w:document>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          + ('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' if wps else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            + ('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' if wps else "")
            + '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             '</Relationships>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/>'
                '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("docProps/app.xml", app_wps() if wps else app_word())
        z.writestr("docProps/core.xml", core(author, created))
        if wps:
            z.writestr("docProps/custom.xml", CUSTOM_WPS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/styles.xml", STYLES.replace("{font}", font).replace("{sz}", str(size * 2)))
        z.writestr("word/settings.xml", settings)
