/// Writes JSON into one byte buffer: objects, keys and values appended in order, strings escaped as
/// their bytes are copied, so a line is built without a `String` for each part.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// True until the current object has a field: no comma before the first.
    private var first = true

    init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    /// The JSON written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// An object whose fields `body` writes.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        first = true
        body(&self)
        bytes.append(UInt8(ascii: "}"))
        first = false
    }

    /// A field's key; its value is written next.
    mutating func key(_ name: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    /// A string, or null for nil.
    mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { raw("null") }
    }

    mutating func field(_ name: String, _ values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A number: an integral value without a fraction.
    mutating func field(_ name: String, _ value: Double) {
        key(name)
        raw(value == value.rounded() ? String(Int(value)) : String(value))
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        raw(String(value))
    }

    /// Text that is JSON already.
    mutating func raw(_ json: String) { bytes.append(contentsOf: json.utf8) }

    /// A JSON string literal; control characters (C0, DEL, C1) are escaped, so none reaches the output raw.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { escaping($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Copies the bytes in runs, stopping only at those to escape; eight printable ASCII bytes at a
    /// time are passed over in one test (`printable`).
    private mutating func escaping(_ source: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        while index < source.count {
            if index + 8 <= source.count, Self.printable(source, at: index) {
                index += 8
                continue
            }
            let byte = source[index]
            index += 1
            guard
                byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                    || (byte >= 0x80 && byte <= 0x9F && index > 1 && source[index - 2] == 0xC2)
            else { continue }
            // U+0080...U+009F is C2 80...C2 9F in UTF-8: the pair is replaced by its escape.
            let end = byte >= 0x80 ? index - 2 : index - 1
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
            escape(byte)
            start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
    }

    /// True when the eight bytes at `index` are all ASCII from the space to the tilde, and none is a
    /// quote or a backslash: nothing to escape. Each test is the usual "does a byte of the word equal
    /// zero (or lie below n)" on all eight at once.
    private static func printable(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let word = UnsafeRawPointer(source.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below = (word &- ones &* 0x20) & ~word & highs != 0
        return word & highs == 0 && !below && !hasZero(word ^ (ones &* 0x7F))
            && !hasZero(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
            && !hasZero(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
        case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        default: hexEscape(byte)
        }
    }

    /// `\u00XX`, lower-case hex: every escaped character is below U+0100.
    private mutating func hexEscape(_ value: UInt8) {
        let digits = Array("0123456789abcdef".utf8)
        bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
        bytes += [digits[Int(value >> 4)], digits[Int(value & 0xF)]]
    }
}
