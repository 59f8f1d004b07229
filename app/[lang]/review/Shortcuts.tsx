"use client";
import { useEffect } from "react";

/**
 * Keyboard shortcuts of the queue: a accept, e edit, r reject, s skip, u undo. Each presses or focuses
 * an element of the page (the buttons stay the real controls); keys typed into a field are left alone.
 */
export function Shortcuts() {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName))) return;
      const by = (id: string) => document.getElementById(id);
      switch (e.key) {
        case "a":
          by("review-accept")?.click();
          break;
        case "s":
          by("review-skip")?.click();
          break;
        case "u":
          by("review-undo")?.click();
          break;
        case "r":
          by("reject-reason")?.focus();
          break;
        case "e": {
          const d = by("review-edit") as HTMLDetailsElement | null;
          if (d) {
            d.open = true;
            d.querySelector<HTMLElement>("select, input, textarea")?.focus();
          }
          break;
        }
        default:
          return;
      }
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return null;
}

/** Copies a selection made in the report text into the Add form's passage field. */
export function PassagePicker({ source, target }: { source: string; target: string }) {
  useEffect(() => {
    const text = document.getElementById(source);
    function onUp() {
      const sel = window.getSelection()?.toString().trim();
      const input = document.getElementById(target) as HTMLInputElement | null;
      if (sel && input) input.value = sel;
    }
    text?.addEventListener("mouseup", onUp);
    text?.addEventListener("keyup", onUp);
    return () => {
      text?.removeEventListener("mouseup", onUp);
      text?.removeEventListener("keyup", onUp);
    };
  }, [source, target]);
  return null;
}
