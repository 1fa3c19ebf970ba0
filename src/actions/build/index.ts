import { readFileSync } from 'node:fs';
import { type Builder } from '../../builders/types.js';
import { detectBuilder } from '../../builders/detect.js';
import type { ActionIO } from '../../host/io.js';
import { checkPushAccess, readBackConfigDigest, readBackDigest } from '../../images/read-back.js';
import { openSession } from '../../host/session.js';
import type { RegistrySession } from '../../distribution/session.js';
import { builderIO } from '../builder-io.js';
import { removeStepDir, withStepDir } from '../../host/step-dir.js';
import { readBuildSettings, type BuildSettings } from './settings.js';
import { resolveBuildRegistries, type BuildRegistries } from './registries.js';
import { describePulls, planBuild, writeAuthFiles } from './plan.js';
import { buildSummary } from './summary.js';

export async function build(io: ActionIO): Promise<void> {
  const settings = readBuildSettings(io);
  const dockerfileText = readFileSync(settings.dockerfile, 'utf8');
  const registries = await resolveBuildRegistries(settings, io.env, dockerfileText, {
    warn: (m) => io.warning(m),
    debug: (m) => io.debug(m),
  });
  const builder: Builder = await detectBuilder(settings.builder, io.env);
  io.info(`Building with ${builder.kind}; pulls ${describePulls(registries)}`);
  if (registries.target) {
    io.info(
      `Pushing to ${registries.target.endpoint.label}: ${registries.target.endpoint.domain}/${registries.target.repository}`,
    );
  }

  // One registry session for the step: the check before the build and the reads after it.
  const session = openSession(io);
  try {
    await buildAndReport(io, settings, registries, builder, session);
  } finally {
    await session.close();
  }
}

async function buildAndReport(
  io: ActionIO,
  settings: BuildSettings,
  registries: BuildRegistries,
  builder: Builder,
  session: RegistrySession,
): Promise<void> {
  await withStepDir(io, async (dir) => {
    const planned = planBuild(settings, registries, dir, io.env, new Date());
    const { plan } = planned;
    if (registries.target) await checkPushAccess(session, registries.target);
    await writeAuthFiles(planned);
    const outcome = await io.group(`Build with ${builder.kind}`, () =>
      builder.build(plan, builderIO(io)),
    );

    let digest = '';
    let imageId = outcome.imageId;
    if (registries.target) {
      digest = await readBackDigest(session, registries.target, settings.tags);
      // What the registry holds is the image: its config digest, where the builder named none
      // (buildx on the containerd store names the digest of an index).
      if (!imageId && plan.platforms.length <= 1)
        imageId = await readBackConfigDigest(session, registries.target, digest);
      // Only what the build itself pushed can be compared: after a load, buildx's digest is that
      // of its local export, and `docker push` writes another.
      for (const other of new Set(outcome.pushedDigests)) {
        if (other !== digest)
          io.warning(`${builder.kind} reported pushing ${other}, but the registry holds ${digest}`);
      }
    }
    // The builder's metadata is passed on, but its config digest only as found above: buildx on
    // the containerd store names an index's digest there.
    const { 'containerimage.config.digest': _named, ...reported } = outcome.metadata;
    const metadata = {
      ...reported,
      ...(imageId ? { 'containerimage.config.digest': imageId } : {}),
      builder: builder.kind,
      'image.name': plan.tags.join(','),
      ...(digest ? { 'containerimage.digest': digest } : {}),
      ...(plan.platforms.length ? { platforms: plan.platforms } : {}),
      labels: plan.labels,
    };
    io.setOutput('image', plan.tags[0]);
    io.setOutput('images', plan.tags.join('\n'));
    if (digest) io.setOutput('digest', digest);
    io.setOutput('image_id', imageId);
    io.setOutput('metadata', JSON.stringify(metadata));
    io.info(
      registries.target
        ? `Built and pushed ${plan.tags.join(', ')} (${digest})`
        : `Built ${plan.tags.join(', ')}${imageId ? ` (${imageId})` : ''}; not pushed (disable_push)`,
    );
    await io.writeSummary(buildSummary(builder, registries, plan, digest, imageId));
  });
}

/** The post step: the step folder goes, with the credentials written into it. */
export const buildPost = removeStepDir;
