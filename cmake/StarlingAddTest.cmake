# SPDX-License-Identifier: GPL-3.0-or-later
# starling_add_test(NAME <name> SOURCES <files…> [LIBS <targets…>] [GUI] [LABELS <labels…>] [TIMEOUT <s>])
#
# The one way a test is registered with CTest (STYLE.md §2). Every test runs on the offscreen
# platform with a UTF-8 locale, in test-mode standard paths, so none touches the user's settings.

function(starling_add_test)
    cmake_parse_arguments(arg "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
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
    set_tests_properties(${arg_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8"
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}")
endfunction()
