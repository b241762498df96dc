import Foundation
import Testing
import AmplificationShapes
import VietText
@testable import Plan

@Suite struct UnitRegistryTests {
    let units = Fixtures.pipeline.units

    /// "Phường Sài Gòn" in NFD.
    func nfd(_ s: String) -> String { s.decomposedStringWithCanonicalMapping }

    /// Without diacritics, keeping case: "Phường Sài Gòn" → "Phuong Sai Gon".
    func plain(_ s: String) -> String {
        String(String.UnicodeScalarView(nfd(s).unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }))
            .replacing("đ", with: "d").replacing("Đ", with: "D")
    }

    @Test func registryHasTheExpectedUnits() {
        let byKind = Dictionary(grouping: units.units, by: \.kind).mapValues(\.count)
        #expect(byKind[.ward] == 113)
        #expect(byKind[.commune] == 54)
        #expect(byKind[.specialZone] == 1)
        #expect(byKind[.internal] == 7)
        #expect(byKind[.department] == 16)   // the 15 of agencies.csv + the issuer
        #expect(units.unit(id: "SKHCN")?.isReporter == false)
        #expect(units.units.filter { $0.kind == .department && $0.isReporter }.count == 15)
    }

    /// The data the registry must cover: the shared files when present, else the pipeline's copy.
    func expectedUnits() throws -> [(id: String, name: String, aliases: [String])] {
        let communes = Paths.hasShared ? Paths.sharedCommunes : Paths.pipeline.appendingPathComponent("units/communes.csv")
        let agencies = Paths.hasShared ? Paths.sharedAgencies : Paths.pipeline.appendingPathComponent("units/agencies.csv")
        let sink = ProblemSink()
        var out: [(String, String, [String])] = []
        for row in readCSV(communes, file: "communes", sink: sink, header: ["code", "name"]) ?? [] where row.fields["province_code"] == "79" {
            out.append((row.fields["code"]!, row.fields["name"]!, []))
        }
        for row in readCSV(agencies, file: "agencies", sink: sink, header: ["id", "name", "aliases"]) ?? [] {
            out.append((row.fields["id"]!, row.fields["name"]!, row.fields["aliases"]!.split(separator: ";").map(String.init)))
        }
        #expect(sink.problems.isEmpty)
        // The pipeline's copy also lists the issuing department itself (group "issuer").
        #expect(out.count == 168 + 22 + (Paths.hasShared ? 0 : 1))
        return out
    }

    @Test func everyUnitResolvesFromEveryAliasInEveryForm() throws {
        for expected in try expectedUnits() {
            let unit = try #require(units.unit(id: expected.id), "missing unit \(expected.id)")
            #expect(unit.name == expected.name)
            let forms = [expected.name] + expected.aliases + unit.aliases
            for form in forms {
                for variant in [form, form.uppercased(), nfd(form), nfd(form.uppercased()), plain(form), plain(form).lowercased()] {
                    let found = units.resolve(variant)
                    // Written with diacritics, an alias names its unit alone; written without, an
                    // alias marked ambiguous (Thanh An / Thạnh An) names all its units.
                    let ambiguous = units.ambiguousAliases.contains(UnitRegistry.key(variant))
                    let accented = variant.unicodeScalars.contains { $0.value > 0x7F }
                    if ambiguous && !accented {
                        #expect(found.contains(unit), "\(variant) → \(found.map(\.id))")
                    } else {
                        #expect(found.map(\.id) == [unit.id], "\(variant) → \(found.map(\.id)), expected \(unit.id)")
                    }
                }
            }
        }
    }

    @Test func foldedAliasesAreUniqueExceptMarkedAmbiguous() {
        #expect(units.collisions.isEmpty, "\(units.collisions.map { "\($0.alias): \($0.units.map(\.id))" })")
        // The one deliberate case, and it is what we think it is.
        #expect(units.ambiguousAliases.contains("xa thanh an"))
        #expect(Set(units.resolve("Xa Thanh An").map(\.id)) == ["25807", "27676"])
        #expect(units.resolve("Xã Thạnh An").map(\.id) == ["27676"])
        #expect(units.resolve("UBND xã Thanh An").map(\.id) == ["25807"])
    }

    @Test func generatedAndDataAliases() {
        #expect(units.resolve("UBND P. Sài Gòn").map(\.id) == ["26740"])
        #expect(units.resolve("ubnd p sai gon").map(\.id) == ["26740"])
        #expect(units.resolve("Ủy ban nhân dân phường Sài Gòn").map(\.id) == ["26740"])
        #expect(units.resolve("P.Sài Gòn").map(\.id) == ["26740"])
        #expect(units.resolve("Phường  Sài\u{00A0}Gòn").map(\.id) == ["26740"])
        #expect(units.resolve("Sài Gòn").map(\.id) == ["26740"])   // bare name: resolve only
        #expect(units.resolve("UBND ĐK Côn Đảo").map(\.id) == ["26732"])
        #expect(units.resolve("Huyện Côn Đảo").map(\.id) == ["26732"])  // unit-aliases.yaml
        #expect(units.resolve("Chi cục TĐC").map(\.id) == ["SKHCN-CCTDC"])
        #expect(units.resolve("CHI CUC TDC").map(\.id) == ["SKHCN-CCTDC"])
        #expect(units.resolve("Phòng KT-PC").map(\.id) == ["SKHCN-KTPC"])
        #expect(units.resolve("Phòng Kiểm tra - Pháp chế").map(\.id) == ["SKHCN-KTPC"])
        #expect(units.resolve("Sở KH&CN").map(\.id) == ["SKHCN"])
        #expect(units.resolve("Sở KHCN").map(\.id) == ["SKHCN"])
        #expect(units.resolve("Sở NN&MT").map(\.id) == ["SO-NNMT"])
        #expect(units.resolve("Sở NNMT").map(\.id) == ["SO-NNMT"])
        #expect(units.resolve("Sở Y tế TP.HCM").map(\.id) == ["SO-YT"])
        #expect(units.resolve("Văn phòng Sở").map(\.id) == ["SKHCN-VP"])
        #expect(units.resolve("Thành phố Hồ Chí Minh").isEmpty)
        #expect(units.resolve("Phường").isEmpty)
    }

    func mentioned(_ text: String) -> [[String]] {
        units.mentions(in: text).map { $0.units.map(\.id) }
    }

    @Test func mentionsInHeadersAndTitles() {
        #expect(mentioned("ỦY BAN NHÂN DÂN\nPHƯỜNG AN PHÚ") == [["25975"]])
        #expect(mentioned(nfd("ỦY BAN NHÂN DÂN\nPHƯỜNG AN PHÚ")) == [["25975"]])
        #expect(mentioned("Báo cáo kết quả thực hiện Chỉ thị 38-CT/TW của UBND phường Bình Thạnh năm 2026") == [["26929"]])
        #expect(mentioned("UBND phường An Phú Đông") == [["26767"]])       // longest match
        #expect(mentioned("BC 38 nam 2026 - P.Tan Hoa") == [["26995"]])
        #expect(mentioned("Kính gửi: Sở KH&CN; Chi cục TĐC") == [["SKHCN"], ["SKHCN-CCTDC"]])
        #expect(mentioned("UBND ĐK CÔN ĐẢO") == [["26732"]])
        #expect(mentioned("Sở Y tế Thành phố Hồ Chí Minh").count == 1)
        let m = units.mentions(in: "Báo cáo của UBND phường Bình Thạnh.")
        #expect(m.first?.text == "UBND phường Bình Thạnh")
    }

    @Test func noFalseUnitsInGenericText() {
        #expect(mentioned("Ủy ban nhân dân Thành phố Hồ Chí Minh").isEmpty)
        #expect(mentioned("Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026").isEmpty)
        #expect(mentioned("Tân Phú và An Phú là hai địa danh") == [])          // bare names need a prefix
        #expect(mentioned("Phòng Văn hóa - Xã hội") == [])
        #expect(mentioned("Văn phòng Sở Y tế") == [["SO-YT"]])               // not Văn phòng Sở KHCN
        for task in Fixtures.pipeline.catalogue.tasks {
            let communes = units.mentions(in: task.text).flatMap(\.units).filter { $0.kind.group == .communes }
            #expect(communes.isEmpty, "\(task.code): \(communes.map(\.name))")
        }
    }

    @Test func search() {
        #expect(units.search("p sai gon").first?.unit.id == "26740")
        #expect(units.search("Chi cục TĐC").first?.unit.id == "SKHCN-CCTDC")
        #expect(units.search("tan phu").first?.unit.id == "27031")
        #expect(units.search("an phu").prefix(2).map(\.unit.id).contains("25975"))
    }

    @Test func mentionsGrowLinearly() {
        func header(_ n: Int) -> String { String(repeating: "ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ báo cáo kết quả thực hiện nhiệm vụ. ", count: n) }
        #expect(units.mentions(in: header(200)).count == 200)
        // Four times the text costs at most eight times as much (linear 4, quadratic 16).
        let growth = CostGrowth.ratio(small: { _ = units.mentions(in: header(200)) }, large: { _ = units.mentions(in: header(800)) })
        #expect(growth <= 8, "grows \(growth) × for 4 × the text")
    }
}

@Suite struct WordSpanTests {
    @Test func wordsAgreeWithVietTextAndPointIntoTheText() {
        for text in ["ỦY BAN NHÂN DÂN\nPHƯỜNG SÀI GÒN", "UBND P.Thủ Đức, Sở KH&CN", "Đặc khu Côn Đảo — ĐK Côn Đảo"] {
            for form in [text, text.decomposedStringWithCanonicalMapping] {
                let spans = UnitRegistry.wordSpans(form)
                #expect(spans.map(\.word) == VietText.words(form))
                for s in spans { #expect(VietText.fold(String(form[s.range])) == s.word) }
            }
        }
    }
}

@Suite struct UnitIDAliasTests {
    let units = Fixtures.pipeline.units

    @Test func idsAreAliases() {
        #expect(units.resolve("25975").map(\.id) == ["25975"])
        #expect(units.resolve("so-yt").map(\.id) == ["SO-YT"])
        #expect(units.mentions(in: "SKHCN-QLKH_BC_CT38_2026.docx").map { $0.units.map(\.id) } == [["SKHCN-QLKH"]])
        #expect(units.mentions(in: "SO-DTTG_BC_CT38_2026.docx").map { $0.units.map(\.id) } == [["SO-DTTG"]])
        #expect(units.mentions(in: "25975_BC_CT38_2026.docx").isEmpty)   // codes: resolve only
        #expect(units.mentions(in: "Số tiền 25975 đồng").isEmpty)
        #expect(units.mentions(in: "Quyết định số TP-12, sở tp").isEmpty)             // ids only as written
        #expect(units.mentions(in: "SO_TP báo cáo").map { $0.units.map(\.id) } == [["SO-TP"]])
        #expect(units.mentions(in: "SKHCN gửi").map { $0.units.map(\.id) } == [["SKHCN"]])   // data alias too
    }
}
