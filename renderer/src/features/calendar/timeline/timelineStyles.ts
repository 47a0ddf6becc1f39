/**
 * The timeline's static styles, as one stylesheet instead of inline style objects: with hundreds
 * of bars on screen, setting two dozen inline properties per element was a large share of the
 * render time. Only positions (percentages) and colours (custom properties) stay inline.
 * Class names are prefixed `sb-tl-` so they cannot collide with Mantine's.
 */
export const ROW_HEIGHT = 40;
export const LABEL_WIDTH = 200;

export const TIMELINE_CSS = `
/*
 * content-visibility: lanes scrolled out of view skip style, layout and paint (still in the
 * accessibility tree and focusable); their height is given inline as contain-intrinsic-size.
 * With hundreds of lanes, layout was most of the time a period switch took.
 */
.sb-tl-lane { display: flex; border-bottom: 1px solid var(--mantine-color-default-border); content-visibility: auto; }
.sb-tl-label {
  width: ${LABEL_WIDTH}px; flex: none; box-sizing: border-box; padding: 9px 10px 0; min-width: 0;
  background: var(--mantine-color-body); position: relative; z-index: 2;
  display: flex; align-items: flex-start; gap: 6px; font-size: var(--mantine-font-size-sm);
}
.sb-tl-label-text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.sb-tl-swatch { width: 12px; height: 12px; border-radius: 50%; flex: none; margin-top: 4px; }
.sb-tl-track { position: relative; flex: 1; }
.sb-tl-block { position: absolute; left: 0; right: 0; height: ${ROW_HEIGHT}px; pointer-events: none; }
.sb-tl-bar {
  position: absolute; top: 4px; height: 24px; min-width: 6px; box-sizing: border-box; margin: 0; padding: 0 6px;
  display: flex; align-items: center; gap: 4px; overflow: hidden; white-space: nowrap; cursor: pointer; pointer-events: auto;
  font: inherit; font-size: 12px; font-weight: 600; text-align: left;
  /* The tint is see-through; the body colour under it keeps gridlines from striking through the name. */
  background: linear-gradient(var(--tl-tint), var(--tl-tint)), var(--mantine-color-body);
  color: var(--tl-text); border: 1px solid var(--tl-solid); border-left-width: 4px; border-radius: 4px;
}
.sb-tl-bar:hover { background: linear-gradient(var(--tl-tint), var(--tl-tint)), linear-gradient(var(--tl-tint), var(--tl-tint)), var(--mantine-color-body); }
.sb-tl-bar[data-clip-start] { border-left-width: 1px; border-left-style: dashed; border-top-left-radius: 0; border-bottom-left-radius: 0; }
.sb-tl-bar[data-clip-end] { border-right-style: dashed; border-top-right-radius: 0; border-bottom-right-radius: 0; }
.sb-tl-name { overflow: hidden; text-overflow: ellipsis; flex: 1; }
.sb-tl-activity {
  position: absolute; top: 32px; height: 6px; min-width: 3px; border-radius: 3px;
  background: var(--tl-solid); opacity: 0.55; pointer-events: auto;
}
.sb-tl-activity[data-done] { opacity: 0.3; }
.sb-tl-milestone {
  position: absolute; top: 30px; width: 10px; height: 10px; margin-left: -5px; box-sizing: border-box;
  transform: rotate(45deg); background: var(--tl-solid); border: 1px solid var(--mantine-color-text);
  z-index: 1; pointer-events: auto;
}
.sb-tl-grid { position: absolute; top: 0; bottom: 0; left: ${LABEL_WIDTH}px; right: 0; pointer-events: none; }
.sb-tl-gridline { position: absolute; top: 0; bottom: 0; border-left: 1px solid var(--mantine-color-default-border); }
`;
