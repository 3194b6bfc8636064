import { useEditorState, type Editor } from "@tiptap/react";
import { useRef, useState, useSyncExternalStore } from "react";
import { ToolButton, ToolGroup, describeShortcut } from "./tool-button";
import { icons } from "./toolbar-icons";
import { useRovingToolbar } from "./use-roving-toolbar";

export type ToolbarPanel = "link" | "embed" | "related";

interface ToolbarProps {
  editor: Editor;
  disabled: boolean;
  panel: ToolbarPanel | null;
  panelId: string;
  onPanel: (panel: ToolbarPanel | null) => void;
  onInsertImage: () => Promise<void>;
}

function readToolbarState(editor: Editor) {
  const can = editor.can();
  return {
    paragraph: editor.isActive("paragraph"),
    h2: editor.isActive("heading", { level: 2 }),
    h3: editor.isActive("heading", { level: 3 }),
    h4: editor.isActive("heading", { level: 4 }),
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    link: editor.isActive("link"),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    pullQuote: editor.isActive("pullQuote"),
    canParagraph: can.setParagraph(),
    canHeading: can.setHeading({ level: 2 }),
    canMark: can.toggleBold(),
    canLink: can.setLink({ href: "https://example.com" }),
    canList: can.toggleBulletList(),
    canQuote: can.toggleBlockquote(),
    canPullQuote: can.toggleNode("pullQuote", "paragraph"),
    canInsert: can.insertContent({ type: "horizontalRule" }),
    canUndo: can.undo(),
    canRedo: can.redo(),
  };
}

const subscribeNever = () => () => {};
const isApplePlatform = () => /Mac|iPhone|iPad/.test(navigator.userAgent);

export function Toolbar({
  editor,
  disabled,
  panel,
  panelId,
  onPanel,
  onInsertImage,
}: ToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const roving = useRovingToolbar(ref);
  const [picking, setPicking] = useState(false);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => readToolbarState(current),
  });
  const apple = useSyncExternalStore(subscribeNever, isApplePlatform, () => false);
  const keys = (...combo: string[]) => describeShortcut(combo, apple);

  const chain = () => editor.chain().focus();
  const toggle = (target: ToolbarPanel) => onPanel(panel === target ? null : target);

  async function insertImage() {
    setPicking(true);
    try {
      await onInsertImage();
    } catch {
      // The media picker belongs to the page, which reports its own failures.
    } finally {
      setPicking(false);
    }
  }

  const heading = (level: 2 | 3 | 4) => (
    <ToolButton
      label={`Heading ${level}`}
      shortcut={keys("Mod", "Alt", String(level))}
      pressed={state[`h${level}`]}
      disabled={disabled || (!state[`h${level}`] && !state.canHeading)}
      onClick={() => chain().toggleHeading({ level }).run()}
    >
      H{level}
    </ToolButton>
  );

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Text formatting"
      aria-orientation="horizontal"
      className="rte-toolbar"
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      <ToolGroup>
        <ToolButton
          label="Paragraph"
          shortcut={keys("Mod", "Alt", "0")}
          pressed={state.paragraph}
          disabled={disabled || (!state.paragraph && !state.canParagraph)}
          onClick={() => chain().setParagraph().run()}
        >
          ¶
        </ToolButton>
        {heading(2)}
        {heading(3)}
        {heading(4)}
      </ToolGroup>
      <ToolGroup>
        <ToolButton
          label="Bold"
          shortcut={keys("Mod", "B")}
          pressed={state.bold}
          disabled={disabled || !state.canMark}
          onClick={() => chain().toggleBold().run()}
        >
          <b>B</b>
        </ToolButton>
        <ToolButton
          label="Italic"
          shortcut={keys("Mod", "I")}
          pressed={state.italic}
          disabled={disabled || !state.canMark}
          onClick={() => chain().toggleItalic().run()}
        >
          <i>I</i>
        </ToolButton>
        <ToolButton
          label={state.link ? "Edit link" : "Add link"}
          shortcut={keys("Mod", "K")}
          pressed={state.link}
          expanded={panel === "link"}
          controls={panel === "link" ? panelId : undefined}
          disabled={disabled || !state.canLink}
          onClick={() => toggle("link")}
        >
          {icons.link}
        </ToolButton>
      </ToolGroup>
      <ToolGroup>
        <ToolButton
          label="Bulleted list"
          shortcut={keys("Mod", "Shift", "8")}
          pressed={state.bulletList}
          disabled={disabled || !state.canList}
          onClick={() => chain().toggleBulletList().run()}
        >
          {icons.bulletList}
        </ToolButton>
        <ToolButton
          label="Numbered list"
          shortcut={keys("Mod", "Shift", "7")}
          pressed={state.orderedList}
          disabled={disabled || !state.canList}
          onClick={() => chain().toggleOrderedList().run()}
        >
          {icons.orderedList}
        </ToolButton>
        <ToolButton
          label="Quote"
          shortcut={keys("Mod", "Shift", "B")}
          pressed={state.blockquote}
          disabled={disabled || !state.canQuote}
          onClick={() => chain().toggleBlockquote().run()}
        >
          {icons.quote}
        </ToolButton>
        <ToolButton
          label="Pull quote"
          pressed={state.pullQuote}
          disabled={disabled || !state.canPullQuote}
          onClick={() => chain().toggleNode("pullQuote", "paragraph").run()}
        >
          {icons.pullQuote}
        </ToolButton>
      </ToolGroup>
      <ToolGroup>
        <ToolButton
          label="Insert image"
          disabled={disabled || picking || !state.canInsert}
          onClick={insertImage}
        >
          {icons.image}
        </ToolButton>
        <ToolButton
          label="Embed a post or video"
          expanded={panel === "embed"}
          controls={panel === "embed" ? panelId : undefined}
          disabled={disabled || !state.canInsert}
          onClick={() => toggle("embed")}
        >
          {icons.embed}
        </ToolButton>
        <ToolButton
          label="Insert related article"
          expanded={panel === "related"}
          controls={panel === "related" ? panelId : undefined}
          disabled={disabled || !state.canInsert}
          onClick={() => toggle("related")}
        >
          {icons.related}
        </ToolButton>
        <ToolButton
          label="Divider"
          disabled={disabled || !state.canInsert}
          onClick={() => chain().setHorizontalRule().run()}
        >
          {icons.divider}
        </ToolButton>
      </ToolGroup>
      <ToolGroup>
        <ToolButton
          label="Undo"
          shortcut={keys("Mod", "Z")}
          disabled={disabled || !state.canUndo}
          onClick={() => chain().undo().run()}
        >
          {icons.undo}
        </ToolButton>
        <ToolButton
          label="Redo"
          shortcut={keys("Mod", "Shift", "Z")}
          disabled={disabled || !state.canRedo}
          onClick={() => chain().redo().run()}
        >
          {icons.redo}
        </ToolButton>
      </ToolGroup>
    </div>
  );
}
