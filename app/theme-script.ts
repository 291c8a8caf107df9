/** Runs before first paint: applies a remembered theme so the page never flashes the wrong one. */
export const themeScript = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
