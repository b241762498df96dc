import Crypto
import Foundation

/// SHA-256 (FIPS 180-4) of a file's bytes: the identity of a submitted file in the ledger and
/// in `extract` output; an identity, not a security boundary. Computed by swift-crypto (BoringSSL
/// on Linux, CryptoKit on Apple platforms), which uses the CPU's SHA instructions where it has
/// them: hashing every file of the inbox was a tenth of `extract` with a portable Swift version.
public struct SHA256Digest: Sendable {
    private var hasher = Crypto.SHA256()

    public init() {}

    public static func hex(of data: Data) -> String {
        var d = SHA256Digest()
        d.update(data)
        return d.finalizeHex()
    }

    public mutating func update(_ data: Data) {
        hasher.update(data: data)
    }

    /// The digest as 64 lower-case hexadecimal digits.
    public mutating func finalizeHex() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in hasher.finalize() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
