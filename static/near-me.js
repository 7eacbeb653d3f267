// "Meinen Standort verwenden" on the directory search. Without JavaScript, or where the browser
// cannot locate, the button stays hidden and the postcode field does the same.
for (const button of document.querySelectorAll('button[data-near-me]')) {
	if (!('geolocation' in navigator)) continue;
	const form = button.form;
	const status = document.getElementById(button.dataset.nearMe);
	button.hidden = false;
	button.addEventListener('click', () => {
		status.textContent = button.dataset.locating;
		navigator.geolocation.getCurrentPosition(
			(position) => {
				form.elements.namedItem('nahe').value = `${position.coords.latitude.toFixed(5)},${position.coords.longitude.toFixed(5)}`;
				form.elements.namedItem('plz').value = '';
				form.requestSubmit();
			},
			() => (status.textContent = button.dataset.denied),
			{ timeout: 10000, maximumAge: 600000 }
		);
	});
}
