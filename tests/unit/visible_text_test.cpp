#include "text/visible_text.hpp"

#include <catch2/catch.hpp>

using namespace palet;

TEST_CASE("control and bidirectional characters are shown as escapes, line ends and accents are not")
{
    CHECK(withVisibleControls("Boze cliënt\n\tZoë") == "Boze cliënt\n\tZoë");
    CHECK(withVisibleControls(QString{"a\x1b[2Jb"}) == "a\\x1B[2Jb");
    CHECK(withVisibleControls(QString{"evil"} + QChar{0x202E} + "cod.exe") == "evil\\u{202E}cod.exe");
    CHECK(withVisibleControls(QString{"x"} + QChar{0x2066} + QChar{0x0085}) == "x\\u{2066}\\x85");
    CHECK(withVisibleControls("BEGIN:VCALENDAR\r\nEND") == "BEGIN:VCALENDAR\r\nEND"); // iCalendar's line ends
    CHECK(withVisibleControls("a\rb") == "a\\x0Db");
}
