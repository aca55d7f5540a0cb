// Keyboard use of the event table: Enter or Space on a row opens its event, as a click does.
// (The grid moves between rows with the arrow keys; Tab leaves the table: see layout.py.)
document.addEventListener(
  "keydown",
  function (event) {
    if (event.key !== "Enter" && event.key !== " ") {
      return;
    }
    const cell = event.target.closest && event.target.closest("#tl-grid .ag-cell");
    if (!cell) {
      return;
    }
    event.preventDefault();
    cell.click();
  },
  true
);
