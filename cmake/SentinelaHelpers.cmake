# Compile options shared by every target of the project's own code.
function(sentinela_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400
        SENTINELA_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference)
    if(SENTINELA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# One static library per folder of models/: every .cpp/.h in the folder belongs to it,
# so adding a file never means editing a list.
function(sentinela_add_models_library name)
    cmake_parse_arguments(ARG "" "" "DEPENDS" ${ARGN})
    file(GLOB _sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    add_library(${name} STATIC ${_sources})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/models)
    target_link_libraries(${name} PUBLIC ${ARG_DEPENDS})
    sentinela_target_defaults(${name})
endfunction()

# One Qt Test executable per tst_*.cpp; the test's name is the file's base name.
function(sentinela_add_tests)
    cmake_parse_arguments(ARG "" "LABEL" "LIBS;ENVIRONMENT" ${ARGN})
    file(GLOB _tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(_file IN LISTS _tests)
        get_filename_component(_name ${_file} NAME_WE)
        add_executable(${_name} ${_file})
        target_link_libraries(${_name} PRIVATE Qt6::Test ${ARG_LIBS})
        target_compile_definitions(${_name} PRIVATE
            SENTINELA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            SENTINELA_BINARY_DIR="${PROJECT_BINARY_DIR}")
        sentinela_target_defaults(${_name})
        add_test(NAME ${_name} COMMAND ${_name})
        set(_env QT_QPA_PLATFORM=offscreen ${ARG_ENVIRONMENT})
        set_tests_properties(${_name} PROPERTIES LABELS "${ARG_LABEL}" ENVIRONMENT "${_env}" TIMEOUT 300)
    endforeach()
endfunction()
