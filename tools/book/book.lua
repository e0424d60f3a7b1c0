-- book.lua: figures numbered by chapter (Figure 1.2), empty links to a figure
-- or a chapter filled with its number, program output included from a file, section ids
-- made unique across the book.
local chapter, figure_word, prefix, format = "0", "Figure {n}", "", "html"
local numbers, count = {}, 0   -- figure identifier -> "chapter.figure"
local chapters = {}            -- chapter identifier -> its number

local function read_meta(meta)
  chapter = pandoc.utils.stringify(meta["chapter-number"] or "0")
  figure_word = pandoc.utils.stringify(meta["figure-word"] or figure_word)
  prefix = pandoc.utils.stringify(meta["figure-prefix"] or "")
  format = pandoc.utils.stringify(meta["litnn-format"] or "html")
  for id, n in pandoc.utils.stringify(meta["chapters"] or ""):gmatch("([^,=]+)=(%d+)") do
    chapters[id] = n
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
    io.stderr:write("book.lua: error: reference to unknown figure or chapter #" .. id .. "\n")
    os.exit(1)
  end
  link.content = { pandoc.Str(number) }
  return link
end

local function division(div)
  if div.classes:includes("notice") and format == "latex" then
    return pandoc.BlockQuote({ pandoc.Para({ pandoc.Emph(pandoc.utils.blocks_to_inlines(div.content)) }) })
  end
  if not div.classes:includes("output") then return nil end
  local path = div.attributes["file"]
  local f = path and io.open(path, "r")
  if not f then
    io.stderr:write("book.lua: error: cannot read program output '" .. tostring(path) .. "'\n")
    os.exit(1)
  end
  local text = f:read("a"):gsub("\n$", "")
  f:close()
  return pandoc.CodeBlock(text, pandoc.Attr("", { "output" }))
end

local function header(h)
  if h.identifier ~= "" and not h.identifier:find(":") then
    h.identifier = "s" .. chapter .. "-" .. h.identifier
  end
  return h
end

return {
  { Meta = read_meta },
  { Para = figure, Div = division, Header = header },
  { Link = number_reference },
}
