# palet_add_method_plugin(NAME SOURCES file... [MANIFEST file]
#                         [OUTPUT_DIRECTORY dir] [INSTALL_DESTINATION dir] [NO_INSTALL])
#
# Builds a Palet method plugin: a module library NAME.so with hidden visibility (only what
# PALET_EXPORT_METHOD exports is seen), linked with every symbol resolved, that finds libraries
# of its own beside it, and its manifest NAME.plugin.yaml beside it. Without MANIFEST the manifest
# is made after each link by `palet plugin manifest`, which asks the built plugin (in palet's
# plugin helper) for its method at its ideal group: the method is written once, in the code. With
# MANIFEST that file is copied instead, and kept in step by hand. The pair lands in
# OUTPUT_DIRECTORY (default: <build>/share/palet/methods/NAME) and is installed to
# INSTALL_DESTINATION (default: share/palet/methods/NAME), where palet finds it, unless NO_INSTALL
# is given (for plugins that only tests use). PALET_EXECUTABLE names the palet that makes
# manifests; the SDK's package sets it to the palet installed with it.
include_guard(GLOBAL)
include(GNUInstallDirs)

function(palet_add_method_plugin name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NO_INSTALL" "MANIFEST;OUTPUT_DIRECTORY;INSTALL_DESTINATION" "SOURCES")
    if(NOT arg_SOURCES)
        message(FATAL_ERROR "palet_add_method_plugin(${name}): SOURCES is required")
    endif()
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "palet_add_method_plugin(${name}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_OUTPUT_DIRECTORY)
        set(arg_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/share/palet/methods/${name})
    endif()
    if(NOT arg_INSTALL_DESTINATION)
        set(arg_INSTALL_DESTINATION ${CMAKE_INSTALL_DATADIR}/palet/methods/${name})
    endif()

    add_library(${name} MODULE ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE PaletSDK::sdk)
    set_target_properties(${name} PROPERTIES
        PREFIX ""
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        LIBRARY_OUTPUT_DIRECTORY ${arg_OUTPUT_DIRECTORY}
        # A helper library of the plugin's own is found beside it, wherever the pair is installed.
        BUILD_RPATH "$ORIGIN"
        INSTALL_RPATH "$ORIGIN")
    # An unresolved symbol fails the build here rather than the load on a facilitator's laptop.
    target_link_options(${name} PRIVATE "LINKER:-z,defs")
    if(arg_MANIFEST)
        get_filename_component(manifest ${arg_MANIFEST} ABSOLUTE)
        add_custom_command(TARGET ${name} POST_BUILD
            COMMAND ${CMAKE_COMMAND} -E copy_if_different ${manifest} ${arg_OUTPUT_DIRECTORY}/
            COMMENT "Placing the manifest of ${name}")
    else()
        set(manifest ${arg_OUTPUT_DIRECTORY}/${name}.plugin.yaml)
        if(TARGET palet)
            # Inside Palet's own tree: the palet and helper built here.
            set(palet_program $<TARGET_FILE:palet>)
            add_dependencies(${name} palet palet-plugin-host)
        elseif(PALET_EXECUTABLE)
            set(palet_program ${PALET_EXECUTABLE})
        else()
            message(FATAL_ERROR "palet_add_method_plugin(${name}): without MANIFEST, palet makes the manifest from the built "
                                "plugin, but no palet was found; set PALET_EXECUTABLE or give MANIFEST")
        endif()
        add_custom_command(TARGET ${name} POST_BUILD
            COMMAND ${palet_program} plugin manifest $<TARGET_FILE:${name}> --output ${manifest}
            COMMENT "Making the manifest of ${name} from the method it computes")
    endif()
    if(NOT arg_NO_INSTALL)
        install(TARGETS ${name} LIBRARY DESTINATION ${arg_INSTALL_DESTINATION})
        install(FILES ${manifest} DESTINATION ${arg_INSTALL_DESTINATION})
    endif()
endfunction()
