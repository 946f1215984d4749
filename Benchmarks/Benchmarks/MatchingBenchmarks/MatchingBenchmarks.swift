import Benchmark
import CareerEngine
import Foundation
import SyntheticRules

/// The shipped data, read from the repository's Intents/.
func shippedFiles() -> [DataFile] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Intents")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
        DataFile(
            path: "Intents/\($0)", text: (try? String(contentsOf: folder.appending(path: $0), encoding: .utf8)) ?? "")
    }
}

/// The shipped files plus `count` generated intents.
func syntheticFiles(_ count: Int) -> [DataFile] { shippedFiles() + [SyntheticRules.intentsFile(count: count)] }

let typical = [
    "what does an MLOps engineer do?", "what skills do data scientists need", "where do research scientists work?",
    "whats the diff between a DS and an ML engineer", "do u need a phd for ml research", "who monitors models in prod?",
]
let typos = [
    "what skils does a data scintist need", "responsibilites of an ML enginer", "wher do reserch scientists work",
]
let outOfScope = [
    "how much does a data scientist earn?", "what's the weather in London", "asdfghjkl qwerty", "will AI take my job?",
]

/// Answers each question in a fresh conversation, `scaledIterations` times.
func measureQuestions(_ benchmark: Benchmark, _ assistant: Assistant, _ questions: [String]) {
    for index in benchmark.scaledIterations {
        var conversation = Conversation(assistant)
        blackHole(conversation.respond(to: questions[index % questions.count]))
    }
}

/// Loads `files` (`count` generated intents) again and again: time and peak memory.
func measureLoad(_ name: String, _ files: [DataFile], count: Int) {
    Benchmark(
        name,
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds,
            maxDuration: .seconds(10), maxIterations: count >= 100_000 ? 3 : 20)
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! Assistant(files: files)) }
    }
}

let benchmarks: @Sendable () -> Void = {
    let latency = Benchmark.Configuration(
        metrics: [.wallClock, .throughput], timeUnits: .microseconds,
        maxDuration: .seconds(3), maxIterations: 1_000_000)
    let shipped = try! Assistant(files: shippedFiles())

    Benchmark("Shipped rules: typical questions", configuration: latency) { measureQuestions($0, shipped, typical) }
    Benchmark("Shipped rules: typo'd questions", configuration: latency) { measureQuestions($0, shipped, typos) }
    Benchmark("Shipped rules: out-of-scope questions", configuration: latency) {
        measureQuestions($0, shipped, outOfScope)
    }

    Benchmark("Shipped rules: a 6-turn dialogue", configuration: latency) { benchmark in
        let turns = [
            "what does an MLOps engineer do?", "what skills do they need?", "and data scientists?",
            "compare them", "tell me more", "how much do they earn?",
        ]
        for _ in benchmark.scaledIterations {
            var conversation = Conversation(shipped)
            for turn in turns { blackHole(conversation.respond(to: turn)) }
        }
    }

    // Intents that share their words the way real ones do (question families times job subjects), the
    // workload of ../shared/bench-peers/: a pattern filed under a shared word would be tried by every
    // question that has it.
    let language = shippedFiles().first { $0.path.hasSuffix("language.yaml") }!
    for count in [1_000, 10_000, 100_000] {
        let files = SyntheticRules.sharedWordsFiles(count: count, language: language)
        let questions = SyntheticRules.sharedWordsQuestions(count: 1_000, intents: count).map(\.question)
        let large = try! Assistant(files: files)
        Benchmark("\(count) shared-word intents: matching", configuration: latency) {
            measureQuestions($0, large, questions)
        }
        measureLoad("\(count) shared-word intents: load", files, count: count)
    }

    for count in [1_000, 10_000, 100_000] {
        let files = syntheticFiles(count)
        let questions = SyntheticRules.questions(count: 1_000, intents: count)
        let large = try! Assistant(files: files)
        Benchmark("\(count) intents: matching", configuration: latency) { measureQuestions($0, large, questions) }
        measureLoad("\(count) intents: load", files, count: count)
    }
}
