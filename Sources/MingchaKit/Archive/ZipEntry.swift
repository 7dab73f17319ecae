/// One file of a zip, as its central-directory record describes it. Sizes are what the directory
/// claims; reading enforces them against what actually inflates.
public struct ZipEntry: Hashable, Sendable {
    public let name: String
    /// Position in the central directory (libzip's index).
    public let index: Int
    public let compressedSize: Int
    public let uncompressedSize: Int
    /// Compression method as recorded (0 stored, 8 deflate; Android reads anything else as stored).
    public let method: Int
    public let crc32: UInt32
    /// General-purpose flag bit 0 is set. Android ignores it, so the data is read as plain.
    public let encryptedFlag: Bool

    public var isDirectory: Bool { name.hasSuffix("/") }

    public init(name: String, index: Int, compressedSize: Int, uncompressedSize: Int, method: Int,
                crc32: UInt32, encryptedFlag: Bool) {
        self.name = name; self.index = index; self.compressedSize = compressedSize
        self.uncompressedSize = uncompressedSize; self.method = method; self.crc32 = crc32
        self.encryptedFlag = encryptedFlag
    }
}
