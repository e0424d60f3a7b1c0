-- book.lua: figures numbered by chapter (Figure 1.2), empty links to a figure
-- or a chapter filled with its number, program output included from a file, section ids
-- made unique across the book.
local chapter, figure_word, prefix, format = "0", "Figure {n}", "", "html"
local figure_folder = "figures/"  -- where the drawings in this edition's language are,
local localized = {}               -- for the figures drawn in it (their names)
local numbers, count = {}, 0   -- figure identifier -> "chapter.figure"
local chapters = {}            -- chapter identifier -> its number
local section_ids = {}         -- the English chapter's heading identifiers, in order
local decimal_mark = "."       -- the language's decimal mark, in table cells

-- Stops pandoc with one line on standard error.
local function fail(message)
  io.stderr:write("book.lua: error: " .. message .. "\n")
  os.exit(1)
end

local function read_meta(meta)
  chapter = pandoc.utils.stringify(meta["chapter-number"] or "0")
  figure_word = pandoc.utils.stringify(meta["figure-word"] or figure_word)
  prefix = pandoc.utils.stringify(meta["figure-prefix"] or "")
  figure_folder = pandoc.utils.stringify(meta["figure-folder"] or figure_folder)
  for name in pandoc.utils.stringify(meta["figures-localized"] or ""):gmatch("[^,]+") do
    localized[name] = true
  end
  format = pandoc.utils.stringify(meta["litnn-format"] or "html")
  decimal_mark = pandoc.utils.stringify(meta["number-decimal"] or ".")
  for id, n in pandoc.utils.stringify(meta["chapters"] or ""):gmatch("([^,=]+)=([^,]+)") do
    chapters[id] = n
  end
  for id in pandoc.utils.stringify(meta["section-ids"] or ""):gmatch("[^,]+") do
    table.insert(section_ids, id)
  end
end

-- An implicit figure: a paragraph that holds one image whose title is "fig:".
local function figure(para)
  if #para.content ~= 1 or para.content[1].t ~= "Image" then return nil end
  local img = para.content[1]
  if img.title:sub(1, 4) ~= "fig:" then return nil end
  count = count + 1
  local label = chapter .. "." .. count
  if img.identifier ~= "" then numbers[img.identifier] = label end
  if not img.src:match("^/") and not img.src:match("^%a+:") then
    local name, ext = img.src:match("^figures/([^/.]+)(.*)$")
    if name and localized[name] then img.src = figure_folder .. name .. ext end
    img.src = prefix .. img.src
  end
  if format == "html" then    -- LaTeX numbers its own captions
    local word = figure_word:gsub("{n}", label)
    local caption = { pandoc.Strong({ pandoc.Str(word .. ":") }), pandoc.Space() }
    for _, inline in ipairs(img.caption) do table.insert(caption, inline) end
    img.caption = caption
  end
  return para
end

-- An empty link to #fig:... or #ch:... shows the figure's or chapter's number.
local function number_reference(link)
  local id = link.target:match("^#((%a+):.+)$")
  if not id or #link.content > 0 then return nil end
  local number = numbers[id] or chapters[id]
  if not number then
    fail("reference to unknown figure or chapter #" .. id)
  end
  link.content = { pandoc.Str(number) }
  return link
end

-- A TSV file with a header line, as a list of rows, each a map column -> text.
local function read_tsv(path)
  local f = io.open(path, "r")
  if not f then
    fail("cannot read table data '" .. tostring(path) .. "'")
  end
  local names, rows = nil, {}
  for line in f:lines() do
    local fields = {}
    for field in (line .. "\t"):gmatch("([^\t]*)\t") do table.insert(fields, field) end
    if not names then
      names = fields
    elseif line ~= "" then
      local row = {}
      for i, name in ipairs(names) do row[name] = fields[i] or "" end
      table.insert(rows, row)
    end
  end
  f:close()
  return rows
end

-- A cell's text: seconds (a column named *_s) in s, ms or µs, other numbers
-- to three significant digits, with the language's decimal mark; text as it is.
local function cell_text(column, value)
  local x = tonumber(value)
  if not x then return value end
  local text
  if not column:match("_s$") then
    text = string.format("%.3g", x)
  elseif x >= 1 then
    text = string.format("%.3g s", x)
  elseif x >= 1e-3 then
    text = string.format("%.3g ms", x * 1e3)
  else
    text = string.format("%.3g µs", x * 1e6)
  end
  return (text:gsub("%.", decimal_mark))
end

-- ::: {.tsv-rows file="data.tsv" columns="a,b,c"} around a Markdown table
-- that has a header and a caption but no rows: the rows are the file's, in
-- those columns. "{a}" in the caption is column a of the file's first row.
local function fill_table(div)
  local tbl = div.content[1]
  if not tbl or tbl.t ~= "Table" then
    fail("a .tsv-rows division must hold a table")
  end
  local rows = read_tsv(div.attributes["file"])
  local columns = {}
  for name in (div.attributes["columns"] or ""):gmatch("[^,]+") do table.insert(columns, name) end
  if #columns ~= #tbl.colspecs then
    fail(#columns .. " columns for a table of " .. #tbl.colspecs)
  end
  for _, row in ipairs(rows) do
    local cells = {}
    for _, name in ipairs(columns) do
      if row[name] == nil then
        fail("no column '" .. name .. "' in " .. div.attributes["file"])
      end
      table.insert(cells, pandoc.Cell({ pandoc.Plain({ pandoc.Str(cell_text(name, row[name])) }) }))
    end
    table.insert(tbl.bodies[1].body, pandoc.Row(cells))
  end
  if format == "latex" then   -- the page is narrow: columns as wide as their longest cell,
    local longest, total = {}, 0   -- together 95% of the line, a long cell wrapping
    for c, name in ipairs(columns) do
      longest[c] = 4
      for _, row in ipairs(rows) do
        longest[c] = math.max(longest[c], utf8.len(cell_text(name, row[name])) or 4)
      end
      total = total + longest[c]
    end
    for c = 1, #columns do tbl.colspecs[c] = { tbl.colspecs[c][1], 0.95 * longest[c] / total } end
  end
  tbl.caption.long = pandoc.walk_block(pandoc.Div(tbl.caption.long), {
    Str = function(str)
      return pandoc.Str((str.text:gsub("{([%w_]+)}", function(name)
        return rows[1] and rows[1][name] or "{" .. name .. "}"
      end)))
    end,
  }).content
  return tbl
end

local function division(div)
  if div.classes:includes("tsv-rows") then
    return fill_table(div)
  end
  if div.classes:includes("notice") and format == "latex" then
    return pandoc.BlockQuote({ pandoc.Para({ pandoc.Emph(pandoc.utils.blocks_to_inlines(div.content)) }) })
  end
  if not div.classes:includes("output") then return nil end
  local path = div.attributes["file"]
  local f = path and io.open(path, "r")
  if not f then
    fail("cannot read program output '" .. tostring(path) .. "'")
  end
  local text = f:read("a"):gsub("\n$", "")
  f:close()
  return pandoc.CodeBlock(text, pandoc.Attr("", { "output" }))
end

-- An appendix (its "number" a letter) is numbered here, A, A.1, A.1.1, as
-- pandoc numbers the chapters in HTML; LaTeX numbers both itself.
local levels = {}
local function number_header(h)
  levels[h.level] = (levels[h.level] or 0) + 1
  for deeper = h.level + 1, 6 do levels[deeper] = nil end
  local parts = { chapter }
  for level = 2, h.level do table.insert(parts, tostring(levels[level] or 0)) end
  local label = table.concat(parts, ".")
  table.insert(h.content, 1, pandoc.Space())
  table.insert(h.content, 1, pandoc.Span({ pandoc.Str(label) }, { class = "header-section-number" }))
end

local function header(h)
  if h.identifier ~= "" and not h.identifier:find(":") then
    h.identifier = "s" .. chapter .. "-" .. h.identifier
  end
  if format == "html" and not chapter:match("^%d+$") and not h.classes:includes("unnumbered") then
    number_header(h)
  end
  return h
end

-- Every heading takes the identifier of the English heading at its place,
-- when the edition has as many headings as English (a translation does).
local function english_identifiers(doc)
  local headings = 0
  pandoc.walk_block(pandoc.Div(doc.blocks), { Header = function() headings = headings + 1 end })
  if headings ~= #section_ids then return nil end
  local k = 0
  doc.blocks = pandoc.walk_block(pandoc.Div(doc.blocks), {
    Header = function(h)
      k = k + 1
      if not h.identifier:find(":") and not section_ids[k]:find(":") then
        h.identifier = section_ids[k]
      end
      return h
    end,
  }).content
  return doc
end

return {
  { Meta = read_meta },
  { Pandoc = english_identifiers },
  { Para = figure, Div = division, Header = header },
  { Link = number_reference },
}
