# Project-wide compile settings, carried by one INTERFACE target that every
# target links, so no directory can drift from them.
add_library(idesk_common INTERFACE)
add_library(InductionDesk::Common ALIAS idesk_common)

target_compile_features(idesk_common INTERFACE cxx_std_20)
target_compile_definitions(idesk_common INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    INDUCTIONDESK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(idesk_common INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(idesk_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
endif()
