# A layer's sources are every .cpp/.h under its folder; sub-folders group it by area
# (services/orders, services/csv, …). Headers are included by file name, so every folder of the
# layer is on its include path; file names are unique across the core.
function(orderdesk_layer_sources out_sources out_dirs)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  set(dirs ${CMAKE_CURRENT_SOURCE_DIR})
  foreach(source IN LISTS sources)
    get_filename_component(dir ${source} DIRECTORY)
    list(APPEND dirs ${dir})
  endforeach()
  list(REMOVE_DUPLICATES dirs)
  set(${out_sources} ${sources} PARENT_SCOPE)
  set(${out_dirs} ${dirs} PARENT_SCOPE)
endfunction()
