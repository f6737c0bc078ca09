internal import CDeflate

/// Decodes a stream's data for reading: no filter, or `/FlateDecode` with an optional PNG
/// predictor (what cross-reference and object streams use). Other filters are refused, and so
/// is data that inflates past `maxDecodedBytes`.
enum PDFStreamDecoder {
    /// The most bytes one stream may decode to.
    static let maxDecodedBytes = 64 << 20

    static func decode(
        _ data: ArraySlice<UInt8>, dictionary: PDFDictionary,
        resolve: (PDFObject) throws(PDFPatchError) -> PDFObject
    ) throws(PDFPatchError) -> [UInt8] {
        let filters: [PDFObject]
        switch try resolve(dictionary["Filter"] ?? .null) {
        case .null: filters = []
        case .name(let name): filters = [.name(name)]
        case .array(let items): filters = items
        case let other: throw PDFPatchError("a stream's /Filter is \(other.summary); expected a name or an array")
        }
        var bytes = Array(data)
        for (index, filter) in filters.enumerated() {
            guard filter == .name("FlateDecode") else {
                throw PDFPatchError("a stream uses the filter \(filter.summary); only /FlateDecode can be read")
            }
            bytes = try inflate(bytes)
            let parameters: PDFObject
            switch try resolve(dictionary["DecodeParms"] ?? .null) {
            case .array(let items): parameters = index < items.count ? try resolve(items[index]) : .null
            case let other: parameters = other
            }
            if let parameters = parameters.dictionary { bytes = try unpredicted(bytes, parameters) }
        }
        return bytes
    }

    private static func inflate(_ input: [UInt8]) throws(PDFPatchError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PDFPatchError("zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status = Z_OK
        var input = input
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while status == Z_OK, output.count <= maxDecodedBytes {
                chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = CDeflate.inflate(&stream, Z_NO_FLUSH)
                    output += target[0..<(target.count - Int(stream.avail_out))]
                }
                if status == Z_BUF_ERROR, stream.avail_in == 0 { break }
            }
        }
        guard output.count <= maxDecodedBytes else {
            throw PDFPatchError("a stream inflates to more than \(maxDecodedBytes >> 20) MB")
        }
        guard status == Z_STREAM_END else {
            throw PDFPatchError("a /FlateDecode stream is not valid zlib data (status \(status))")
        }
        return output
    }

    /// Undoes a PNG predictor (`/Predictor` 10–15) row by row; predictor 1 means none.
    private static func unpredicted(_ data: [UInt8], _ parameters: PDFDictionary) throws(PDFPatchError) -> [UInt8] {
        let predictor = parameters["Predictor"]?.integer ?? 1
        if predictor == 1 { return data }
        let colors = parameters["Colors"]?.integer ?? 1
        let bits = parameters["BitsPerComponent"]?.integer ?? 8
        let columns = parameters["Columns"]?.integer ?? 1
        guard (10...15).contains(predictor), (1...32).contains(colors), bits == 8, (1...1 << 20).contains(columns)
        else {
            throw PDFPatchError(
                "a stream's /DecodeParms ask for predictor \(predictor); only PNG predictors of 8-bit samples can be read"
            )
        }
        let pixel = colors
        let rowLength = colors * columns
        guard data.count % (rowLength + 1) == 0 else {
            throw PDFPatchError("a predicted stream's length is not a whole number of \(rowLength + 1)-byte rows")
        }
        var output: [UInt8] = []
        output.reserveCapacity(data.count / (rowLength + 1) * rowLength)
        var previous = [UInt8](repeating: 0, count: rowLength)
        for rowStart in stride(from: 0, to: data.count, by: rowLength + 1) {
            let type = data[rowStart]
            var row = Array(data[(rowStart + 1)...(rowStart + rowLength)])
            for i in 0..<rowLength {
                let left = i >= pixel ? Int(row[i - pixel]) : 0
                let up = Int(previous[i])
                let upLeft = i >= pixel ? Int(previous[i - pixel]) : 0
                let add: Int
                switch type {
                case 0: add = 0
                case 1: add = left
                case 2: add = up
                case 3: add = (left + up) / 2
                case 4:
                    let p = left + up - upLeft
                    let (pa, pb, pc) = (abs(p - left), abs(p - up), abs(p - upLeft))
                    add = pa <= pb && pa <= pc ? left : (pb <= pc ? up : upLeft)
                default: throw PDFPatchError("a predicted stream has the unknown PNG row filter \(type)")
                }
                row[i] = UInt8(truncatingIfNeeded: Int(row[i]) + add)
            }
            output += row
            previous = row
        }
        return output
    }
}
