import Consolidation
import Foundation
import OOXML
import Outbox
import Plan
import VietText

/// The one entry point: consolidate the run's input and write every output the pipeline
/// asks for into a directory, each file dated and written atomically.
///
///     bao-cao-tong-hop-ct38-2026-2026-11-24.docx          the official report (NĐ 30/2020)
///     bao-cao-tong-hop-ct38-2026-2026-11-24-phu-luc.xlsx  the appendices as a workbook
///     bao-cao-tong-hop-ct38-2026-2026-11-24.json          the consolidated data (schemaVersion)
///     bao-cao-tong-hop-ct38-2026-2026-11-24-ra-soat.html  the review page
public enum OutboxWriters {
    public static func fileName(_ report: ConsolidatedReport, _ format: OutputFormat) -> String {
        switch format {
        case .docx: return report.fileStem + ".docx"
        case .xlsx: return report.fileStem + "-phu-luc.xlsx"
        case .json: return report.fileStem + ".json"
        case .html: return report.fileStem + "-ra-soat.html"
        }
    }

    /// The nightly run's entry point: the pipeline's report.yaml (wording and rules), the
    /// consolidation, every output. The review page links each file relative to the
    /// pipeline's inbox (paths in the input are relative to it), unless `html` says otherwise.
    @discardableResult
    public static func writeAll(_ input: ConsolidationInput, into dir: URL, html: HTMLReviewWriter? = nil) throws -> [URL] {
        let definition = try ReportDefinition.load(directory: input.pipeline.directory)
        let inbox = URL(fileURLWithPath: input.pipeline.paths.inbox, isDirectory: true)
        let page = html ?? HTMLReviewWriter.linkingToInbox(inbox, from: dir)
        return try write(consolidate(input, definition), definition: definition, formats: input.pipeline.outputs, into: dir, html: page)
    }

    /// The consolidated data of an input under a report definition's rules.
    public static func consolidate(_ input: ConsolidationInput, _ definition: ReportDefinition) -> ConsolidatedReport {
        Consolidator.report(from: input, rules: definition.rules, indicatorOrder: definition.indicatorOrder,
                            statedScopes: definition.wording.statedScopes)
    }

    @discardableResult
    public static func write(_ report: ConsolidatedReport, definition: ReportDefinition, formats: [OutputFormat] = OutputFormat.allCases,
                             into dir: URL, html: HTMLReviewWriter = .init()) throws -> [URL] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var out: [URL] = []
        for f in formats {
            let url = dir.appendingPathComponent(fileName(report, f))
            switch f {
            case .docx: try DocxReportWriter().write(report, definition: definition, to: url)
            case .xlsx: try XlsxAppendixWriter().write(report, definition: definition, to: url)
            case .json: try JSONReportWriter().write(report, to: url)
            case .html: try html.write(VietnameseRenderer(report, definition: definition), to: url)
            }
            out.append(url)
        }
        return out
    }
}

/// The consolidated report as an output of the nightly run: DOCX, XLSX, JSON and HTML as the
/// pipeline's `outputs` list. The review page links each source file relative to the final
/// outbox (the run writes into a temporary folder first, then moves the files there).
public struct ConsolidatedReportWriter: OutboxWriter {
    public var name: String { "report" }
    public let inbox: URL
    public let outbox: URL

    public init(inbox: URL, outbox: URL) {
        self.inbox = inbox
        self.outbox = outbox
    }

    public func write(_ input: ConsolidationInput, into directory: URL) throws {
        try OutboxWriters.writeAll(input, into: directory, html: HTMLReviewWriter.linkingToInbox(inbox, from: outbox))
    }
}

/// Writes an OOXML package of XML parts, atomically. Everything an officer reads is NFC, file
/// names from the units' disks included.
func writePackage(_ parts: [(String, String)], to url: URL) throws {
    var w = PackageWriter()
    for (name, xml) in parts { w.add(name, string: VietText.nfc(xml)) }
    try w.write(to: url)
}
