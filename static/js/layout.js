// Every page: mark that scripts run, and switch the language as soon as one is picked.
document.documentElement.classList.add("js");

for (const form of document.querySelectorAll("form[data-auto-submit]")) {
  const select = form.querySelector("select");
  if (select) select.addEventListener("change", () => form.requestSubmit());
}
