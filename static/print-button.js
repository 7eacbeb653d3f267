// The print views' button: hidden without JavaScript, where the page names the browser's print function.
for (const button of document.querySelectorAll('button[data-print]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
