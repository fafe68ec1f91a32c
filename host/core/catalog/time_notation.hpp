#pragma once
// The ways a method script writes a phase's time (format 2): whole minutes (7), minutes with a
// fraction (7.5), minutes and seconds ("7:30") and seconds (90s).

#include <QString>

#include <string>
#include <string_view>

namespace palet {

struct WrittenTime {
    enum class Form {
        notATime,     // none of the notations
        wholeMinutes, // "7": read as format 1 always did
        finer,        // "7.5", "7:30", "90s"
    };
    Form form = Form::notATime;
    int seconds = 0;
    QString problem; // a finer notation written wrongly ("7:75"): why; then `seconds` means nothing
};

// Reads `text` as a time; a finer notation that is wrong says why.
WrittenTime readWrittenTime(std::string_view text);

// How a script writes `seconds`: "7" for whole minutes, "7.5" for half minutes, "30s" under a
// minute, else "7:20". `quoted` says whether YAML needs quotes around it.
struct TimeWriting {
    std::string text;
    bool quoted = false;
};
TimeWriting writtenTime(int seconds);

} // namespace palet
