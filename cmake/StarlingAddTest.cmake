# SPDX-License-Identifier: GPL-3.0-or-later
# starling_add_test(NAME <name> SOURCES <files…> [LIBS <targets…>] [GUI] [POSTGRES] [LABELS <labels…>]
#                   [TIMEOUT <s>])
#
# The one way a test is registered with CTest (STYLE.md §2). Every test runs on the offscreen
# platform with a UTF-8 locale, in test-mode standard paths, so none touches the user's settings.
# POSTGRES registers the test a second time, as <name>.postgres, with STARLING_TEST_ENGINE=postgres:
# a store test then runs on a private PostgreSQL cluster (tests/support/PostgresServer.h).

function(starling_add_test)
    cmake_parse_arguments(arg "GUI;POSTGRES" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    starling_target_settings(${arg_NAME})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test starling_testsupport ${arg_LIBS})
    if(arg_GUI)
        target_link_libraries(${arg_NAME} PRIVATE starling_ui)
    endif()
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set(environment "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8")
    set_tests_properties(${arg_NAME} PROPERTIES
        ENVIRONMENT "${environment}"
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}")
    if(arg_POSTGRES)
        add_test(NAME ${arg_NAME}.postgres COMMAND ${arg_NAME})
        set_tests_properties(${arg_NAME}.postgres PROPERTIES
            ENVIRONMENT "${environment};STARLING_TEST_ENGINE=postgres"
            TIMEOUT ${arg_TIMEOUT}
            LABELS "${arg_LABELS};postgres")
    endif()
endfunction()
