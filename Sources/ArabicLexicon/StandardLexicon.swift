import ArabicText
import Foundation

/// Errors loading a lexicon shipped with Khabar.
public struct ArabicLexiconError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

extension SegmentationLexicon {
    /// The word counts of 30,338 news articles (ANT multisource corpus: AlArabiya, BBC Arabic, CNN
    /// Arabic, France24, Sky News Arabia), words seen at least 3 times, built by
    /// `scripts/build-segmentation-lexicon.py`. Read once, on first use.
    ///
    /// ```swift
    /// let seg = try CliticSegmenter.standard
    /// seg.segment("لأوباما")   // ["ل", "أوباما"]
    /// ```
    public static var standard: SegmentationLexicon {
        get throws { try StandardLexicon.loaded.get() }
    }
}

extension CliticSegmenter {
    /// A segmenter with the shipped lexicon (``SegmentationLexicon/standard``).
    public static var standard: CliticSegmenter {
        get throws { CliticSegmenter(lexicon: try SegmentationLexicon.standard) }
    }
}

enum StandardLexicon {
    static let resource = "segmentation-lexicon"

    /// Loaded once, thread-safely (a `static let` is initialized exactly once).
    static let loaded: Result<SegmentationLexicon, any Error> = Result {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "txt") else {
            throw ArabicLexiconError(description: "resource \(resource).txt is missing from the ArabicLexicon bundle")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ArabicLexiconError(description: "\(url.path): cannot read (\(error.localizedDescription))")
        }
        do {
            return try SegmentationLexicon(text: String(decoding: data, as: UTF8.self))
        } catch let e as SegmentationLexiconError {
            throw ArabicLexiconError(description: "\(url.path): line \(e.line): \(e.message)")
        }
    }
}
