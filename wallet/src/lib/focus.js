// Moving the keyboard's focus when a confirmation appears in the page and when it goes.

/**
 * A Svelte action for a confirmation: it takes the focus when it appears, so a screen
 * reader reads it out and Enter pressed again on the button that opened it signs nothing,
 * and gives the focus back to that button when it goes (cancelled or signed) instead of
 * leaving it nowhere.
 */
export function takesFocus(node) {
	const opener = document.activeElement;
	node.tabIndex = -1;
	node.focus();
	return {
		destroy() {
			// Only when the focus went with it, not when the person has moved elsewhere.
			const lost = node.contains(document.activeElement) || document.activeElement === document.body;
			if (lost && opener?.isConnected) opener.focus();
		},
	};
}
