import Foundation
import ZIPFoundation

/// The files inside an .eval zip, read whole. ZIPFoundation reads the zip's directory and the
/// stored and deflated files (older Inspect logs); the zstd-compressed files that Inspect 0.3.2xx
/// writes are found through their local headers and decompressed with libzstd.
struct EvalArchive {
  static let zstdMethod: UInt16 = 93

  let path: String
  private let archive: Archive
  private let bytes: Data
  /// The files' paths, in the zip's directory order.
  let entryPaths: [String]
  private let entries: [String: Entry]

  init(path: String) throws(InspectLogError) {
    self.path = path
    let url = URL(fileURLWithPath: path)
    guard let bytes = try? Data(contentsOf: url) else { throw .missing(path) }
    self.bytes = bytes
    do {
      archive = try Archive(data: bytes, accessMode: .read)
    } catch {
      throw .notZip(path)
    }
    var paths: [String] = []
    var entries: [String: Entry] = [:]
    for entry in archive where entry.type == .file {
      paths.append(entry.path)
      entries[entry.path] = entry
    }
    entryPaths = paths
    self.entries = entries
  }

  func contains(_ name: String) -> Bool { entries[name] != nil }

  /// The file `name`, decompressed and checked against the checksum the zip's directory gives.
  func read(_ name: String) throws(InspectLogError) -> Data {
    guard let entry = entries[name] else { throw .damagedEntry(path, entry: name, reason: "not in the zip") }
    do {
      var data = Data()
      _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
      return data
    } catch Archive.ArchiveError.invalidCompressionMethod {
      return try readZstd(entry)
    } catch {
      throw .damagedEntry(path, entry: name, reason: Self.describe(error))
    }
  }

  /// A zstd file: its bytes follow its local header. A rewritten header.json can leave an old copy
  /// earlier in the zip, so every local header with the name is tried and the one whose contents
  /// match the directory's checksum and size wins.
  private func readZstd(_ entry: Entry) throws(InspectLogError) -> Data {
    let name = Array(entry.path.utf8)
    let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    let compressedSize = Int(entry.compressedSize)
    let expectedSize = Int(entry.uncompressedSize)
    var lastReason = "no local header for it"
    var offset = 0
    let count = bytes.count
    while offset + 30 <= count {
      guard let found = bytes.firstRange(of: signature, in: offset..<count) else { break }
      let start = found.lowerBound
      offset = start + 1
      guard start + 30 <= count else { break }
      let method = UInt16(bytes[start + 8]) | UInt16(bytes[start + 9]) << 8
      let nameLength = Int(UInt16(bytes[start + 26]) | UInt16(bytes[start + 27]) << 8)
      let extraLength = Int(UInt16(bytes[start + 28]) | UInt16(bytes[start + 29]) << 8)
      let nameStart = start + 30
      guard nameStart + nameLength <= count, Array(bytes[nameStart..<(nameStart + nameLength)]) == name else { continue }
      guard method == Self.zstdMethod else {
        lastReason = "compression method \(method), which misalign cannot read"
        continue
      }
      let dataStart = nameStart + nameLength + extraLength
      guard dataStart + compressedSize <= count else {
        lastReason = "the zip ends inside it"
        continue
      }
      do {
        let data = try ZstdDecoder.decompress(bytes.subdata(in: dataStart..<(dataStart + compressedSize)), expectedSize: expectedSize)
        guard data.crc32(checksum: 0) == entry.checksum else {
          lastReason = "its checksum does not match"
          continue
        }
        return data
      } catch {
        lastReason = error.reason
      }
    }
    throw .damagedEntry(path, entry: entry.path, reason: lastReason)
  }

  static func describe(_ error: any Error) -> String {
    switch error {
    case Archive.ArchiveError.invalidCRC32: "its checksum does not match"
    case Archive.ArchiveError.unreadableArchive: "the zip is damaged"
    default: String(describing: error)
    }
  }
}
