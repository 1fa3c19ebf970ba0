import { login, logout } from '../login.js';
import { githubIO } from '../github-io.js';
import { runMainOrPost } from '../step-dir.js';

await runMainOrPost(login, logout, githubIO());
