// Writes the pages described by pages.json (see PagesJson.java) as a PPTX with PptxGenJS: one
// slide per page, text boxes with the layout's lines joined by line breaks (no wrapping, no
// autofit, no insets, exact line spacing), pictures cropped as the layout crops them, filled
// rectangles, speaker notes. PptxGenJS fills shapes and backgrounds with one colour only, so a
// gradient is written as its average colour.
// Usage: node write.js pages.json out.pptx
'use strict';
const fs = require('fs');
const pptxgen = require('pptxgenjs');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node write.js pages.json out.pptx');
  process.exit(2);
}
const pages = JSON.parse(fs.readFileSync(input, 'utf8'));
const pptx = new pptxgen();
pptx.defineLayout({ name: 'PODIUM', width: pages.widthIn, height: pages.heightIn });
pptx.layout = 'PODIUM';

const PT_PER_INCH = 72;

function text(slide, box) {
  slide.addText(box.lines.join('\n'), {
    x: box.x, y: box.y, w: box.w, h: box.h,
    fontFace: box.font, fontSize: box.sizePt, bold: box.bold,
    color: box.colour, transparency: box.colourTransparency,
    align: box.align, valign: 'top',
    lineSpacing: box.lineHeightPt,
    charSpacing: box.letterSpacingPt || undefined,
    margin: 0, wrap: false, fit: 'none', paraSpaceBefore: 0, paraSpaceAfter: 0,
    breakLine: false,
  });
}

function image(slide, box) {
  // PptxGenJS crops in inches of the whole picture scaled so the crop fills the box
  const fullW = box.w / box.crop.w;
  const fullH = box.h / box.crop.h;
  const options = {
    path: box.path, x: box.x, y: box.y, w: fullW, h: fullH, altText: box.alt,
    sizing: { type: 'crop', x: box.crop.x * fullW, y: box.crop.y * fullH, w: box.w, h: box.h },
  };
  if (box.radiusPt > 0) {
    options.rounding = box.radiusPt * 2 >= Math.min(box.w, box.h) * PT_PER_INCH;
  }
  slide.addImage(options);
}

function fill(slide, box) {
  const transparency = Math.round(100 - (100 - box.fill.colourTransparency) * box.opacity);
  const shortSidePt = Math.min(box.w, box.h) * PT_PER_INCH;
  const rounded = box.radiusPt > 0;
  slide.addShape(rounded ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
    x: box.x, y: box.y, w: box.w, h: box.h,
    fill: { color: box.fill.colour, transparency },
    line: { type: 'none' },
    rectRadius: rounded ? Math.min(0.5, box.radiusPt / shortSidePt) : undefined,
  });
}

for (const page of pages.slides) {
  const slide = pptx.addSlide();
  slide.background = { color: page.background.colour };
  for (const box of page.boxes) {
    if (box.type === 'text') {
      text(slide, box);
    } else if (box.type === 'image') {
      image(slide, box);
    } else {
      fill(slide, box);
    }
  }
  if (page.notes) {
    slide.addNotes(page.notes);
  }
}

pptx.writeFile({ fileName: output }).then(
  () => {},
  (error) => {
    console.error(`${output}: not written: ${error.message}`);
    process.exit(1);
  });
