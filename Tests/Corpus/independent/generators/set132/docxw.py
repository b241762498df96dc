# Minimal raw-OOXML Word writer: tracked changes, comments (with replies), footnotes, endnotes.
import zipfile, random
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = ('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14 w15"' % W)


def rpr(p):
    if not p:
        return ''
    s = ''
    if p.get('font'):
        f = p['font']
        s += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (f, f, f)
    if p.get('b'): s += '<w:b/>'
    if p.get('i'): s += '<w:i/>'
    if p.get('strike'): s += '<w:strike/>'
    if p.get('color'): s += '<w:color w:val="%s"/>' % p['color']
    if p.get('sz'): s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (p['sz'] * 2, p['sz'] * 2)
    if p.get('hl'): s += '<w:highlight w:val="%s"/>' % p['hl']
    if p.get('u'): s += '<w:u w:val="single"/>'
    if p.get('sup'): s += '<w:vertAlign w:val="superscript"/>'
    return '<w:rPr>%s</w:rPr>' % s


def t(text, deleted=False):
    tag = 'w:delText' if deleted else 'w:t'
    return '<%s xml:space="preserve">%s</%s>' % (tag, escape(text), tag)


class Doc:
    def __init__(self, base_date='2026-10-20T08:00:00Z'):
        self.body = []
        self.comments = []      # (id, author, initials, date, text, parent_id)
        self.footnotes = []
        self.endnotes = []
        self.rev = 100
        self.date = base_date
        self.endnote_fmt = None
        self.footnote_fmt = None

    def _rid(self):
        self.rev += 1
        return self.rev

    def runs_xml(self, runs):
        out = []
        for r in runs:
            if isinstance(r, str):
                r = ('t', r)
            k = r[0]
            if k == 't':
                out.append('<w:r>%s%s</w:r>' % (rpr(r[2] if len(r) > 2 else None), t(r[1])))
            elif k == 'br':
                out.append('<w:r><w:br/></w:r>')
            elif k == 'tab':
                out.append('<w:r><w:tab/></w:r>')
            elif k == 'ins':
                _, text, author = r[:3]
                p = r[3] if len(r) > 3 else None
                d = r[4] if len(r) > 4 else self.date
                out.append('<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r>%s%s</w:r></w:ins>' % (
                    self._rid(), escape(author), d, rpr(p), t(text)))
            elif k == 'del':
                _, text, author = r[:3]
                p = r[3] if len(r) > 3 else None
                d = r[4] if len(r) > 4 else self.date
                out.append('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s%s</w:r></w:del>' % (
                    self._rid(), escape(author), d, rpr(p), t(text, True)))
            elif k == 'fn':
                self.footnotes.append(r[1])
                fid = len(self.footnotes)
                out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                           '<w:footnoteReference w:id="%d"/></w:r>' % fid)
            elif k == 'en':
                self.endnotes.append(r[1])
                eid = len(self.endnotes)
                out.append('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                           '<w:endnoteReference w:id="%d"/></w:r>' % eid)
            elif k == 'cs':
                out.append('<w:commentRangeStart w:id="%d"/>' % r[1])
            elif k == 'ce':
                cid = r[1]
                out.append('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                           '<w:commentReference w:id="%d"/></w:r>' % (cid, cid))
            else:
                raise ValueError(k)
        return ''.join(out)

    def comment(self, author, initials, text, date=None, parent=None):
        cid = len(self.comments)
        self.comments.append((cid, author, initials, date or self.date, text, parent))
        return cid

    def para_xml(self, runs, align=None, b=False, i=False, sz=None, ind=None, first=None, spacing=None,
                 pmark=None, style=None, keep=None):
        ppr = ''
        if style: ppr += '<w:pStyle w:val="%s"/>' % style
        if spacing is not None: ppr += '<w:spacing w:before="0" w:after="%d"/>' % spacing
        if ind is not None or first is not None:
            ppr += '<w:ind w:left="%d" w:firstLine="%d"/>' % (ind or 0, first or 0)
        if align: ppr += '<w:jc w:val="%s"/>' % align
        mark = ''
        if pmark == 'ins':
            mark = '<w:ins w:id="%d" w:author="%s" w:date="%s"/>' % (self._rid(), escape(keep[0]), keep[1] if len(keep) > 1 else self.date)
        elif pmark == 'del':
            mark = '<w:del w:id="%d" w:author="%s" w:date="%s"/>' % (self._rid(), escape(keep[0]), keep[1] if len(keep) > 1 else self.date)
        dflt = {}
        if b: dflt['b'] = True
        if i: dflt['i'] = True
        if sz: dflt['sz'] = sz
        rr = []
        for r in runs:
            if isinstance(r, str):
                r = ('t', r, dflt)
            elif r[0] == 't' and len(r) == 2:
                r = ('t', r[1], dflt)
            elif r[0] in ('ins', 'del') and len(r) == 3:
                r = (r[0], r[1], r[2], dflt)
            rr.append(r)
        rp = ''
        if mark or dflt:
            rp = '<w:rPr>%s%s</w:rPr>' % (mark, rpr(dflt)[7:-8] if dflt else '')
        return '<w:p><w:pPr>%s%s</w:pPr>%s</w:p>' % (ppr, rp, self.runs_xml(rr))

    def p(self, *runs, **kw):
        self.body.append(self.para_xml(list(runs), **kw))

    def raw(self, x):
        self.body.append(x)

    def table(self, rows, widths, borders=True, header_bold=False, sz=None, shade_header=None):
        """rows: list of rows; each cell is str | list of paragraph run-lists | dict(paras=..., span=n, vmerge=...)"""
        b = 'single' if borders else 'nil'
        bxml = ''.join('<w:%s w:val="%s" w:sz="4" w:space="0" w:color="000000"/>' % (e, b)
                       for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        x = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders>'
             '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % (
                 sum(widths), bxml, ''.join('<w:gridCol w:w="%d"/>' % w for w in widths))]
        for ri, row in enumerate(rows):
            x.append('<w:tr>')
            ci = 0
            for cell in row:
                if not isinstance(cell, dict):
                    cell = {'paras': cell}
                span = cell.get('span', 1)
                w = sum(widths[ci:ci + span])
                tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
                if span > 1: tcpr += '<w:gridSpan w:val="%d"/>' % span
                if cell.get('vmerge') == 'restart': tcpr += '<w:vMerge w:val="restart"/>'
                elif cell.get('vmerge') == 'cont': tcpr += '<w:vMerge/>'
                if shade_header and ri == 0: tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade_header
                paras = cell['paras']
                if isinstance(paras, str):
                    paras = [[paras]]
                px = ''
                for pr in paras:
                    opts = {}
                    if isinstance(pr, dict):
                        opts = {k: v for k, v in pr.items() if k != 'runs'}
                        pr = pr['runs']
                    if isinstance(pr, str):
                        pr = [pr]
                    if header_bold and ri == 0: opts.setdefault('b', True)
                    if sz: opts.setdefault('sz', sz)
                    opts.setdefault('spacing', 0)
                    px += self.para_xml(pr, **opts)
                if not px:
                    px = '<w:p/>'
                x.append('<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (tcpr, px))
                ci += span
            x.append('</w:tr>')
        x.append('</w:tbl>')
        self.body.append(''.join(x))

    # ------------------------------------------------------------------
    def _notes_xml(self, kind, notes):
        tag = kind  # footnote | endnote
        ref = 'footnoteRef' if kind == 'footnote' else 'endnoteRef'
        st = 'FootnoteText' if kind == 'footnote' else 'EndnoteText'
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%ss %s>' % (tag, NS),
             '<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>' % (tag, tag),
             '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s>' % (tag, tag)]
        for n, text in enumerate(notes, 1):
            paras = text if isinstance(text, list) else [text]
            px = ''
            for k, ptxt in enumerate(paras):
                runs = ptxt if isinstance(ptxt, list) else [ptxt]
                lead = ''
                if k == 0:
                    lead = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%s/></w:r><w:r>%s</w:r>' % (ref, t(' '))
                px += '<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>%s%s</w:p>' % (st, lead, self.runs_xml(runs))
            x.append('<w:%s w:id="%d">%s</w:%s>' % (tag, n, px, tag))
        x.append('</w:%ss>' % tag)
        return ''.join(x)

    def save(self, path, landscape=False, core=None):
        sect = ('<w:sectPr>%s%s<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
                'w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>') % (
            '<w:footnotePr><w:numFmt w:val="%s"/></w:footnotePr>' % self.footnote_fmt if self.footnote_fmt else '',
            '<w:endnotePr><w:numFmt w:val="%s"/></w:endnotePr>' % self.endnote_fmt if self.endnote_fmt else '',
            16838 if landscape else 11906, 11906 if landscape else 16838,
            ' w:orient="landscape"' if landscape else '')
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>'
               % (NS, ''.join(self.body), sect))
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
        parts = {}
        if self.comments:
            cx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s>' % NS]
            ex = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx %s>' % NS]
            for cid, author, ini, d, text, parent in self.comments:
                pid = '%08X' % (0x10000000 + cid * 7919)
                cx.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p w14:paraId="%s" w14:textId="77777777">'
                          '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                          '<w:r>%s</w:r></w:p></w:comment>' % (cid, escape(author), d, escape(ini), pid, t(text)))
                if parent is not None:
                    ppid = '%08X' % (0x10000000 + parent * 7919)
                    ex.append('<w15:commentEx w15:paraId="%s" w15:paraIdParent="%s" w15:done="0"/>' % (pid, ppid))
                else:
                    ex.append('<w15:commentEx w15:paraId="%s" w15:done="0"/>' % pid)
            cx.append('</w:comments>')
            ex.append('</w15:commentsEx>')
            parts['word/comments.xml'] = ''.join(cx)
            parts['word/commentsExtended.xml'] = ''.join(ex)
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
            ct.append('<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>')
            rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
            rels.append('<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>')
        if self.footnotes:
            parts['word/footnotes.xml'] = self._notes_xml('footnote', self.footnotes)
            ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
            rels.append('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        if self.endnotes:
            parts['word/endnotes.xml'] = self._notes_xml('endnote', self.endnotes)
            ct.append('<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>')
            rels.append('<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>')
        ct.append('</Types>')
        rels.append('</Relationships>')
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings %s>%s<w:defaultTabStop w:val="720"/>'
                    '%s%s<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>') % (
            NS, '<w:trackRevisions/>' if 'w:ins ' in doc or 'w:del ' in doc else '',
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' if self.footnotes else '',
            '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' if self.endnotes else '')
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>'
                  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>'
                  '<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>'
                  '<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
                  '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
                  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
                  '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
                  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
                  '</w:styles>') % NS
        core = core or {}
        corex = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                 '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
                 '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>') % (
            escape(core.get('title', '')), escape(core.get('creator', '')), escape(core.get('modby', core.get('creator', ''))),
            core.get('created', '2026-10-10T01:00:00Z'), core.get('modified', self.date))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application></Properties>')
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', ''.join(ct))
            z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                       '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                       '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                       '</Relationships>')
            z.writestr('word/document.xml', doc)
            z.writestr('word/_rels/document.xml.rels', ''.join(rels))
            z.writestr('word/styles.xml', styles)
            z.writestr('word/settings.xml', settings)
            z.writestr('docProps/core.xml', corex)
            z.writestr('docProps/app.xml', app)
            for k, v in parts.items():
                z.writestr(k, v)
