// Development only: a click on a demo user's name fills the username field (the password is typed).
for (const button of document.querySelectorAll("[data-demo-user]")) {
  button.addEventListener("click", () => {
    document.getElementById("id_username").value = button.dataset.demoUser;
    document.getElementById("id_password").focus();
  });
}
