#!/usr/bin/env python3
"""Writes tonghop's own workbooks for the conformance tests (Tests/ConformanceTests/Fixtures):
every cell kind, both date systems, formula results, Vietnamese text (NFC and NFD), escapes.
Run once; the files are checked in and their expected values come from regenerate.sh."""
import os
import sys
import zipfile

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{S}"><numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy\\ hh:mm:ss"/><numFmt numFmtId="166" formatCode="#,##0&quot; đồng&quot;"/><numFmt numFmtId="167" formatCode="hh:mm"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" applyNumberFormat="1"/><xf numFmtId="167" fontId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""

class Zip(zipfile.ZipFile):
    """Entries dated 1980-01-01 so that the files are the same on every run."""
    def writestr(self, name, data, *args, **kwargs):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(info, data)


def book(path, sheets, sst, date1904=False):
    with Zip(path, "w", zipfile.ZIP_DEFLATED) as z:
        ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        rels = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rSt" Type="{R}/styles" Target="styles.xml"/><Relationship Id="rSS" Type="{R}/sharedStrings" Target="sharedStrings.xml"/>'
        listing = ""
        for i, (name, data) in enumerate(sheets, 1):
            ct += f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            rels += f'<Relationship Id="rId{i}" Type="{R}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            listing += f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
            z.writestr(f"xl/worksheets/sheet{i}.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{S}" xmlns:r="{R}"><sheetData>{data}</sheetData></worksheet>')
        z.writestr("[Content_Types].xml", ct + "</Types>")
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/_rels/workbook.xml.rels", rels + "</Relationships>")
        pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{S}" xmlns:r="{R}">{pr}<sheets>{listing}</sheets></workbook>')
        z.writestr("xl/styles.xml", STYLES)
        items = "".join(sst)
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{S}" count="{len(sst)}" uniqueCount="{len(sst)}">{items}</sst>')

def main(out):
    os.makedirs(out, exist_ok=True)
    sst = [
        "<si><t>Số TT</t></si>",
        "<si><t>Nội dung công việc</t></si>",
        "<si><t>Ke\u0302\u0301 hoa\u0323ch đa\u0303 giao</t></si>",  # NFD Vietnamese
        '<si><r><rPr><b/></rPr><t>Tổng </t></r><r><t xml:space="preserve">cộng </t></r></si>',
        "<si><t>dòng 1_x000D_\ndòng 2</t></si>",
        "<si><t>gạch_x005F_x0041_dưới</t></si>",
        "<si><t>&amp;&lt;&gt;\"'</t></si>",
        '<si><t xml:space="preserve">  cách  </t></si>',
    ]
    cells = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c></row>'
        '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" s="4"><v>1250000</v></c><c r="D2"><v>-0.000125</v></c><c r="E2"><v>1.7976931348623157E308</v></c><c r="F2" s="6"><v>0.125</v></c></row>'
        '<row r="3"><c r="A3"><f>A2+1</f><v>2</v></c><c r="B3" t="str"><f>B1&amp;"!"</f><v>Nội dung công việc!</v></c><c r="C3" t="b"><f>C2&gt;0</f><v>1</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="b"><v>0</v></c></row>'
        '<row r="4"><c r="A4" s="1"><v>46322</v></c><c r="B4" s="2"><v>61</v></c><c r="C4" s="3"><v>46322.5</v></c><c r="D4" s="5"><v>0.75</v></c><c r="E4" s="2"><v>1</v></c><c r="F4" t="e"><v>#VALUE!</v></c></row>'
        '<row r="5"><c r="A5" t="s"><v>4</v></c><c r="B5" t="s"><v>5</v></c><c r="C5" t="s"><v>6</v></c><c r="D5" t="s"><v>7</v></c><c r="E5" t="inlineStr"><is><t>chuỗi trực tiếp</t></is></c><c r="F5" t="e"><v>#REF!</v></c></row>'
        '<row r="7"><c r="AA7"><v>3.14159</v></c><c r="XFD7" t="s"><v>0</v></c></row>'
    )
    book(os.path.join(out, "cells_1900.xlsx"), [("Biểu 1", cells), ("Trống", "")], sst)
    book(os.path.join(out, "cells_1904.xlsx"), [("Biểu 1904", cells)], sst, date1904=True)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Tests/ConformanceTests/Fixtures")
