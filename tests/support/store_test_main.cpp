// The main of the store test programs: Catch with a --backend option, and the QCoreApplication
// that Qt needs to load its SQL drivers.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "store_backend.hpp"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char* argv[])
{
    QCoreApplication application{argc, argv};
    Catch::Session session;
    std::string backend = "sqlite";
    session.cli(session.cli() | Catch::clara::Opt(backend, "sqlite|postgresql")["--backend"](
                                    "the store back-end to run the tests against (default: sqlite)"));
    if (const int status = session.applyCommandLine(argc, argv); status != 0) return status;
    if (backend != "sqlite" && backend != "postgresql") {
        std::cerr << "--backend must be sqlite or postgresql, not '" << backend << "'\n";
        return 2;
    }
    palet::test::setBackend(backend == "sqlite" ? palet::test::Backend::sqlite : palet::test::Backend::postgresql);
    return session.run();
}
