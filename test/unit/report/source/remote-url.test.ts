import { describe, expect, it } from '@jest/globals';
import { remoteToWeb } from '../../../../src/report/source/remote-url.js';

// What git-url-parse and hosted-git-info make of these remotes (issue 22 §7).
describe('remotes whose clone path is not their web path', () => {
  it.each([
    [
      'https://bitbucket.acme.example/scm/shop/app.git',
      { url: 'https://bitbucket.acme.example/projects/shop/repos/app', path: 'shop/app' },
    ],
    [
      'https://ci@bitbucket.acme.example:7990/scm/SHOP/app.git',
      { url: 'https://bitbucket.acme.example:7990/projects/SHOP/repos/app', path: 'SHOP/app' },
    ],
    [
      'git@ssh.dev.azure.com:v3/Acme/Shop/app',
      { url: 'https://dev.azure.com/Acme/Shop/_git/app', path: 'Acme/Shop/app' },
    ],
    [
      'git@ssh.dev.azure.com:v3/Acme/My%20Shop/web%20app',
      { url: 'https://dev.azure.com/Acme/My%20Shop/_git/web%20app', path: 'Acme/My Shop/web app' },
    ],
  ])('%s', (remote, expected) => {
    expect(remoteToWeb(remote)).toMatchObject(expected);
  });

  it('leaves bitbucket.org and other hosts as they are', () => {
    expect(remoteToWeb('https://bitbucket.org/scm/app.git')).toMatchObject({
      url: 'https://bitbucket.org/scm/app',
      path: 'scm/app',
    });
    expect(remoteToWeb('git@github.com:acme/app.git')).toMatchObject({
      url: 'https://github.com/acme/app',
      path: 'acme/app',
    });
  });
});
