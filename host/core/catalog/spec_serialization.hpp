#pragma once
// MethodSpec and diagnostics in QDataStream form, for the metadata cache.

#include "diagnostic.hpp"

#include <palet/method_spec.hpp>

#include <QDataStream>

namespace palet {

QDataStream& operator<<(QDataStream& out, const MethodSpec& spec);
QDataStream& operator>>(QDataStream& in, MethodSpec& spec);
QDataStream& operator<<(QDataStream& out, const Diagnostic& diagnostic);
QDataStream& operator>>(QDataStream& in, Diagnostic& diagnostic);

} // namespace palet
