import CareerEngine

/// The welcome text: what the assistant knows, three example questions, how to get help.
enum Banner {
    static let examples = [
        "What does an MLOps engineer do?",
        "Do I need a PhD for ML research?",
        "I like statistics, which role suits me?",
    ]

    static func text(_ knowledge: KnowledgeBase, printer: AnswerPrinter, kiosk: Bool = false) -> String {
        let names = knowledge.startingRoles.map(\.name)
        var answer = Answer([.heading([.text("mlcareers: questions about careers in machine learning")])])
        answer.blocks.append(
            .paragraph([
                .text(
                    "I know \(knowledge.roles.count) roles (\(names.joined(separator: ", ")), and the leadership roles they lead to): what they do, their skills, education, workplaces and career paths."
                )
            ]))
        answer.blocks.append(.paragraph([.text("Try:")]))
        answer.blocks.append(.bullets(examples.map { [.text($0)] }))
        answer.blocks.append(
            .paragraph([
                .text(
                    kiosk
                        ? "Not sure which role is yours? Type :quiz. When you are done, type :next (or press Ctrl-D) to clear the screen for the next visitor."
                        : "Type :help for commands, :quiz for a quick quiz; :quit or Ctrl-D to leave.")
            ]))
        return printer.render(answer)
    }
}
