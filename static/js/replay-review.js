// Replay review (admin): each flagged moment's button moves the player to its offset and plays from there.
const video = document.getElementById("review-video");
document.getElementById("moments")?.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-offset]");
  if (!button || !video) return;
  video.currentTime = Math.max(0, Number(button.dataset.offset) - 1);
  video.play().catch(() => {});
});
