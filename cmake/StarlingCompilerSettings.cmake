# SPDX-License-Identifier: GPL-3.0-or-later
# Compile settings shared by every Starling target. Call starling_target_settings(target)
# on each target we own; nothing here touches directory scope.

function(starling_target_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        STARLING_APP_ID="${STARLING_APP_ID}"
        STARLING_APP_NAME="${STARLING_APP_NAME}"
        STARLING_ORG_DOMAIN="${STARLING_ORG_DOMAIN}"
        STARLING_VERSION="${PROJECT_VERSION}"
        $<$<CONFIG:Debug>:QT_MESSAGELOGCONTEXT>)

    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        # -Wshadow=local is GCC's spelling; clang (the fuzz preset) names the same check otherwise.
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                                                 $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>
                                                 -Wnon-virtual-dtor -Wno-missing-field-initializers)
        if(STARLING_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
        # Hardening lives here, not in CI scripts (STYLE.md §2).
        target_compile_options(${target} PRIVATE -fstack-protector-strong)
        if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT STARLING_SANITIZE)
            target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
        endif()
        if(NOT APPLE)
            target_link_options(${target} PRIVATE -Wl,-z,relro,-z,now)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /guard:cf $<$<BOOL:${STARLING_WERROR}>:/WX>)
        target_link_options(${target} PRIVATE /guard:cf)
    endif()

    if(STARLING_BUILD_FUZZERS)
        # Coverage feedback for libFuzzer in everything we own, so it can steer into core's code;
        # only the harness executables link libFuzzer itself (-fsanitize=fuzzer, tests/fuzz).
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "STARLING_BUILD_FUZZERS needs clang (libFuzzer): use the fuzz preset")
        endif()
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
        target_link_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()

    if(STARLING_SANITIZE)
        list(JOIN STARLING_SANITIZE "," sanitizers)
        target_compile_options(${target} PRIVATE -fsanitize=${sanitizers} -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=${sanitizers})
    endif()
endfunction()
