#pragma once
// A method's handout as plain strings in one language, ready for any of the formats.

#include "catalog/method_catalog.hpp"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace palet {

struct HandoutContent {
    using Row = std::pair<QString, QString>; // label, text

    struct RoleLine {
        QString name;
        QString detail; // "(case-owner, exactly one)"
        QString description;
    };

    struct PhaseBlock {
        int number = 0;
        QString name;
        QString minutes; // "10 min"
        QString start;   // "from 0:03"
        QString description;
        std::vector<Row> instructions; // role name, what it does
        QString speakers;              // empty when everyone may speak
        QString presence;              // who is out of the room or turns their back; empty: all are in
        QString optional;              // empty when the phase always runs
        QString materials;
        QString roundStart; // the first phase of a round: the round, how often and for whom
        QString roundEnd;   // the last phase of a round: where the next round starts
    };

    Language language = Language::en;
    QString title;
    QString figures;
    QString summary;
    QString description;
    std::vector<Row> facts;
    QString rolesTitle;
    std::vector<RoleLine> roles;
    QString phasesTitle;
    std::vector<PhaseBlock> phases;
    QString total;
    QString notesTitle;
    QString notes;
    QString sourcesTitle;
    QStringList sources;
    QString pluginNote;
    QString origin;
};

// `textLanguage`: a tag for the method's own texts ("de"); empty: `language`.
HandoutContent handoutContent(const CatalogEntry& entry, int members, Language language, const std::string& textLanguage = {});

} // namespace palet
