# SPDX-License-Identifier: GPL-3.0-or-later
# starling_add_module(<name> SOURCES <files…> [USES <modules…>] [USES_PRIVATELY <modules…>]
#                     [LIBS <targets…>] [ROOT_FILES <files…>])
#
# One static library per folder of core/ (DESIGN.md, Layout): starling_<name>. USES are the
# modules its headers build on (PUBLIC), USES_PRIVATELY those only its .cpp files need (PRIVATE),
# LIBS the Qt or other libraries it needs (PUBLIC).
#
# The build enforces the layers. A module's headers are reachable only from targets that link it:
# each module has an include root of its own in the build tree, holding just a link named after
# the module that points at its folder, so `#include "providers/x/XClient.h"` compiles where
# starling_providers is linked (or used publicly by something linked) and is a "No such file" error
# everywhere else. ROOT_FILES are files directly in core/ (Error.h, Result.h…) that the module
# publishes at the top of its root.
#
# Where the file system has no symbolic links (Windows without developer mode), every module falls
# back to core/ as its include root: the code builds the same, and the layers are checked by the
# platforms that can (CI on Linux).

set(STARLING_MODULE_ROOTS "${CMAKE_BINARY_DIR}/module-include")

function(starling_add_module name)
    cmake_parse_arguments(arg "" "" "SOURCES;USES;USES_PRIVATELY;LIBS;ROOT_FILES" ${ARGN})
    set(target starling_${name})
    add_library(${target} STATIC ${arg_SOURCES})
    starling_target_settings(${target})

    set(root "${STARLING_MODULE_ROOTS}/${name}")
    file(MAKE_DIRECTORY "${root}")
    set(links "${CMAKE_CURRENT_SOURCE_DIR}=${root}/${name}")
    foreach(file IN LISTS arg_ROOT_FILES)
        get_filename_component(absolute "${file}" ABSOLUTE)
        get_filename_component(base "${file}" NAME)
        list(APPEND links "${absolute}=${root}/${base}")
    endforeach()
    set(linked TRUE)
    foreach(pair IN LISTS links)
        string(REPLACE "=" ";" pair "${pair}")
        list(GET pair 0 from)
        list(GET pair 1 to)
        if(NOT IS_SYMLINK "${to}")
            file(CREATE_LINK "${from}" "${to}" RESULT failed SYMBOLIC)
            if(failed)
                set(linked FALSE)
            endif()
        endif()
    endforeach()
    if(linked)
        target_include_directories(${target} PUBLIC "${root}")
    else()
        message(STATUS "No symbolic links here: ${target} is not kept to its layer by the build")
        set_property(GLOBAL PROPERTY STARLING_LAYERS_NOT_ENFORCED TRUE)
        target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}/core")
    endif()

    list(TRANSFORM arg_USES PREPEND starling_)
    list(TRANSFORM arg_USES_PRIVATELY PREPEND starling_)
    target_link_libraries(${target} PUBLIC ${arg_USES} ${arg_LIBS} PRIVATE ${arg_USES_PRIVATELY})
    set_property(GLOBAL APPEND PROPERTY STARLING_MODULES ${target})
endfunction()
