import CZstd
import Foundation

/// Decompresses Zstandard data, as Inspect writes the files inside its .eval zips (zip method 93).
enum ZstdDecoder {
  /// The decompressed bytes of `data`, which may hold several frames one after another (Inspect
  /// caps each frame's input); `expectedSize` is the size the zip's directory states.
  static func decompress(_ data: Data, expectedSize: Int) throws(ZstdFailure) -> Data {
    guard expectedSize >= 0, expectedSize <= 1 << 31 else { throw ZstdFailure(reason: "stated size \(expectedSize) is out of range") }
    var output = Data(count: expectedSize)
    let written: Int = output.withUnsafeMutableBytes { destination in
      data.withUnsafeBytes { source in
        Int(bitPattern: UInt(ZSTD_decompress(destination.baseAddress, expectedSize, source.baseAddress, data.count)))
      }
    }
    let result = size_t(UInt(bitPattern: written))
    if ZSTD_isError(result) != 0 {
      throw ZstdFailure(reason: "zstd: " + String(cString: ZSTD_getErrorName(result)))
    }
    guard written == expectedSize else {
      throw ZstdFailure(reason: "zstd gave \(written) bytes where the zip says \(expectedSize)")
    }
    return output
  }
}

struct ZstdFailure: Error {
  let reason: String
}
