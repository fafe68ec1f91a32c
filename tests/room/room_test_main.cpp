// The room's tests talk to palet over sockets, so they need Qt's event loop.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app{argc, argv};
    return Catch::Session().run(argc, argv);
}
