import Foundation
import Yams

/// The keys a YAML file of the pipeline may have, for files that are otherwise read untyped
/// (`vocabulary.yaml`, `validation.yaml`): checked first, so that a misspelt key is an error
/// with its file and line instead of a setting silently left out.
public indirect enum YAMLShape: Sendable {
    /// Anything (a scalar, a list of scalars, …): not looked into.
    case any
    /// A mapping with these keys only (each optional), each value of its shape.
    case fields([String: YAMLShape])
    /// A mapping whose keys are names chosen by the author (indicator ids, task codes), each
    /// value of one shape.
    case named(YAMLShape)
    /// A list whose items have one shape.
    case list(YAMLShape)

    /// Every unknown key under `yaml`, with the line it is on ("vocabulary.yaml:112:
    /// indicators.fines_vnd.contxt: unknown field …"); a syntax error is one problem too.
    public func problems(in yaml: String, file: String) -> [PipelineProblem] {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch let e as YamlError {
            return [PipelineProblem(file: file, line: YAMLReader.line(of: e), field: nil, message: "YAML syntax error: \(YAMLReader.problem(of: e))")]
        } catch {
            return [PipelineProblem(file: file, line: nil, field: nil, message: "YAML error: \(error)")]
        }
        guard let node else { return [] }
        var out: [PipelineProblem] = []
        check(node, path: "", file: file, into: &out)
        return out
    }

    private func check(_ node: Node, path: String, file: String, into out: inout [PipelineProblem]) {
        func join(_ key: String) -> String { path.isEmpty ? key : path + "." + key }
        switch self {
        case .any:
            return
        case .fields(let fields):
            guard case .mapping(let m) = node else { return }
            for (k, v) in m {
                let key = k.string ?? "?"
                if let shape = fields[key] {
                    shape.check(v, path: join(key), file: file, into: &out)
                } else {
                    out.append(PipelineProblem(file: file, line: k.mark?.line, field: join(key),
                                               message: "unknown field '\(key)' (known: \(fields.keys.sorted().joined(separator: ", ")))"))
                }
            }
        case .named(let shape):
            guard case .mapping(let m) = node else { return }
            for (k, v) in m { shape.check(v, path: join(k.string ?? "?"), file: file, into: &out) }
        case .list(let shape):
            guard case .sequence(let s) = node else { return }
            for (i, item) in s.enumerated() { shape.check(item, path: "\(path)[\(i)]", file: file, into: &out) }
        }
    }
}
