/// What a chat offers the people who edit the content: the `--intents` folder that `:reload` reads
/// again, and the file `--record-misses` appends unanswered questions to.
struct EditorSupport {
    var rulesFolder: String?
    var misses: MissRecorder?
}
