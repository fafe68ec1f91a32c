#include "palet_process.hpp"

#include "../support/method_fixture.hpp"

#include <catch2/catch.hpp>

using namespace palet::test;

TEST_CASE("palet validate accepts the built-in methods")
{
    const PaletSandbox sandbox;
    const auto run = sandbox.run({"validate", PALET_SOURCE_DIR "/methods"});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("ok: "));
    CHECK(run.out.contains(", 0 with errors"));
}

TEST_CASE("palet validate reports every error as file:line:column and fails with status 1")
{
    PaletSandbox sandbox;
    const QString good = writeFile(sandbox.path("m"), "good.yaml", methodYaml("good", "1.0.0", "Good").toUtf8());
    const QString bad = writeFile(sandbox.path("m"), "bad.yaml",
                                  methodYaml("good", "1.0.0", "Good").replace("minutes: 10", "minutes: 0")
                                      .replace("holders: one", "holders: one\n    colour: red").toUtf8());
    const auto run = sandbox.run({"validate", good, bad});
    CHECK(run.exitCode == 1);
    CHECK(run.err == bad + ":11:5: unknown key 'colour' in role (known keys: id, name, description, holders, chosen_in)\n" + bad +
                         ":18:14: minutes must be a whole number from 1 to 240, found '0'\n");
    CHECK(run.out.contains("ok: " + good));
    CHECK(run.out.contains("2 files checked, 1 with errors"));
}

TEST_CASE("palet validate of a folder checks every script in it")
{
    PaletSandbox sandbox;
    writeFile(sandbox.path("m/a"), "one.yaml", methodYaml("one", "1.0.0", "One").toUtf8());
    writeFile(sandbox.path("m/b"), "two.yml", "id: two\n");
    const auto run = sandbox.run({"validate", "--quiet", sandbox.path("m")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains("two.yml:1:1: missing required key 'version' in method"));
}

TEST_CASE("palet validate refuses a missing path and an empty command line")
{
    const PaletSandbox sandbox;
    const auto missing = sandbox.run({"validate", "/no/such/file.yaml"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("/no/such/file.yaml: no such file or folder"));
    CHECK(sandbox.run({"validate"}).exitCode == 2);
}

TEST_CASE("palet validate survives hostile files quickly")
{
    PaletSandbox sandbox;
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char name = 'b'; name <= 'k'; ++name) {
        bomb += QByteArray{1, name} + ": &" + name + " [";
        for (int i = 0; i < 10; ++i) bomb += QByteArray(i ? ", *" : "*") + char(name - 1);
        bomb += "]\n";
    }
    const QStringList files{
        writeFile(sandbox.path("h"), "bomb.yaml", bomb),
        writeFile(sandbox.path("h"), "deep.yaml", QByteArray(200000, '[')),
        writeFile(sandbox.path("h"), "huge.yaml", QByteArray(3 * 1024 * 1024, 'a')),
        writeFile(sandbox.path("h"), "binary.yaml", QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10)),
        writeFile(sandbox.path("h"), "tabs.yaml", "id:\tdemo\n\t- x\n"),
        writeFile(sandbox.path("h"), "keys.yaml", "? [a, b]\n: c\n{x: 1}: 2\n"),
        writeFile(sandbox.path("h"), "docs.yaml", "---\n---\n---\n"),
    };
    for (const QString& file : files) {
        const auto run = sandbox.run({"validate", file}, 10000);
        INFO(file.toStdString() << ": " << run.err.toStdString());
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(file + ":"));
    }
}
