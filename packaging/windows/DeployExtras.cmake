# SPDX-License-Identifier: GPL-3.0-or-later
# Runs at install time on Windows, after windeployqt (see Windows.cmake): copies the DLLs that
# windeployqt leaves out (qt6keychain.dll, libpq.dll and what they link) from `dirs`, drops the
# SQL drivers Starling does not ship, and fails
# when a plugin the app cannot do without is missing or a DLL cannot be found.
# In: dirs (folders to look in), STARLING_REQUIRED_PLUGINS (paths under the plugins folder).

set(bin "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_BIN_DIR}")
set(plugins "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_PLUGINS_DIR}")

foreach(plugin IN LISTS STARLING_REQUIRED_PLUGINS)
    if(NOT EXISTS "${plugins}/${plugin}")
        message(FATAL_ERROR "windeployqt did not deploy ${plugin}: the package would not work")
    endif()
endforeach()
# The SQL drivers Starling ships are SQLite's and PostgreSQL's; windeployqt copies every driver
# this Qt has (ODBC, Mimer SQL, …), whose client libraries the package does not have.
file(GLOB drivers "${plugins}/sqldrivers/*.dll")
foreach(driver IN LISTS drivers)
    if(NOT driver MATCHES "/q(sqlite|sqlpsql)d?\\.dll$")
        file(REMOVE "${driver}")
    endif()
endforeach()
if(NOT EXISTS "${plugins}/sqldrivers/qsqlpsql.dll")
    message(WARNING "This Qt has no PostgreSQL driver (qsqlpsql.dll): the package has SQLite only")
endif()

file(GLOB_RECURSE modules "${plugins}/*.dll")
file(GLOB executables "${bin}/*.exe")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${executables}
    MODULES ${modules}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    CONFLICTING_DEPENDENCIES_PREFIX conflicting
    DIRECTORIES ${dirs} "${bin}"
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    # Windows' own DLLs (C:\Windows\System32 and the like) stay where they are.
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
if(unresolved)
    message(FATAL_ERROR "DLLs the package needs and that are in none of ${dirs}: ${unresolved}\n"
                        "Add their folder to STARLING_WINDOWS_DLL_DIRS.")
endif()
foreach(dll IN LISTS resolved)
    get_filename_component(name "${dll}" NAME)
    if(NOT EXISTS "${bin}/${name}")
        message(STATUS "Deploying ${name} (from ${dll})")
        file(COPY "${dll}" DESTINATION "${bin}")
    endif()
endforeach()
