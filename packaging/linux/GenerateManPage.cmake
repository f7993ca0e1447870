# SPDX-License-Identifier: GPL-3.0-or-later
# Writes OUTPUT (a gzipped man page) from PROGRAM's --help and --version with help2man.
# cmake -DHELP2MAN=... -DPROGRAM=... -DNAME=... -DOUTPUT=... [-DSEE_ALSO=...] [-DCOMMANDS=ON]
#       [-DSOURCE_DATE_EPOCH=...] -P GenerateManPage.cmake
# With COMMANDS, a COMMANDS section gives each command's own --help (the commands are read from
# the "Commands:" list of PROGRAM --help).

# English, no display, no user's settings.
set(ENV{LC_ALL} C)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
if(SOURCE_DATE_EPOCH)
    set(ENV{SOURCE_DATE_EPOCH} "${SOURCE_DATE_EPOCH}")
endif()

get_filename_component(program_name "${PROGRAM}" NAME)
set(include_file "${OUTPUT}.h2m")
set(include_text "")

# roff: a backslash is \e, and a line may not start with a dot or an apostrophe.
function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

if(COMMANDS)
    execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${program_name} --help failed (${rc})")
    endif()
    string(REGEX MATCH "\nCommands:\n(([ ]+[^\n]*\n)+)" _ "${help}")
    string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "\n${CMAKE_MATCH_1}")
    if(NOT names)
        message(FATAL_ERROR "${program_name} --help lists no commands")
    endif()
    string(APPEND include_text "[COMMANDS]\n")
    foreach(name IN LISTS names)
        string(STRIP "${name}" name)
        execute_process(COMMAND "${PROGRAM}" "${name}" --help OUTPUT_VARIABLE command_help RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${program_name} ${name} --help failed (${rc})")
        endif()
        # The exit codes are the same for every command: the page gives them once, above.
        string(REGEX REPLACE "\nExit codes:\n.*" "" command_help "${command_help}")
        string(STRIP "${command_help}" command_help)
        roff_escape("${command_help}" command_help)
        # Prose is filled; the indented lines (options, arguments) keep their layout.
        string(APPEND include_text ".SS ${name}\n")
        string(REPLACE "\n" ";" lines "${command_help}")
        set(verbatim OFF)
        foreach(line IN LISTS lines)
            if(line MATCHES "^  ")
                if(NOT verbatim)
                    string(APPEND include_text ".nf\n")
                    set(verbatim ON)
                endif()
            elseif(verbatim)
                string(APPEND include_text ".fi\n")
                set(verbatim OFF)
            endif()
            if(line STREQUAL "")
                string(APPEND include_text ".PP\n")
            elseif(line MATCHES "^Usage:")
                string(APPEND include_text "${line}\n.br\n")
            else()
                string(APPEND include_text "${line}\n")
            endif()
        endforeach()
        if(verbatim)
            string(APPEND include_text ".fi\n")
        endif()
    endforeach()
endif()
if(SEE_ALSO)
    string(APPEND include_text "[SEE ALSO]\n")
    foreach(page IN LISTS SEE_ALSO)
        string(REGEX REPLACE "^(.*)\\((.*)\\)$" ".BR \\1 (\\2)" page "${page}")
        string(APPEND include_text "${page}\n")
    endforeach()
endif()
file(WRITE "${include_file}" "${include_text}")

# The page's name is the executable's, not the application name --version prints.
execute_process(COMMAND "${PROGRAM}" --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${program_name} --version failed (${rc})")
endif()
string(REGEX MATCH "[0-9][^ \n]*" version "${version}")

get_filename_component(page "${OUTPUT}" NAME_WLE)
get_filename_component(dir "${OUTPUT}" DIRECTORY)
execute_process(
    COMMAND "${HELP2MAN}" --no-info --section=1 "--name=${NAME}" --manual "User Commands"
            --source "${SOURCE}" --include "${include_file}"
            "--version-string=${program_name} ${version}" --output "${dir}/${page}" "${PROGRAM}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed on ${program_name} (${rc})")
endif()
execute_process(COMMAND gzip -9nf "${dir}/${page}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${dir}/${page}")
endif()
file(REMOVE "${include_file}")
