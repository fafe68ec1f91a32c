#include "line_session_views.hpp"

#include "cli_context.hpp"
#include "session_text.hpp"

#include <cstdio>

namespace palet::cli {

void PlainSessionView::show(const RunEvent& event, const QByteArray&)
{
    const QString line = plainEventLine(runner_.plan(), runner_.state(), event);
    if (line.isEmpty()) return;
    printOut(line + '\n');
    std::fflush(stdout);
}

void JsonSessionView::show(const RunEvent&, const QByteArray& line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace palet::cli
