// Listening's wiring: the player under the reader, the reader's episode line kept in step
// with it and with downloads (`episode-download-progress`, `episode-download`), and what the
// player's keys do.
import { on } from './api.js';
import { Player } from './player.js';

/** Starts the player; `onPlayed(id)`: an episode was heard out and its article is read now;
 * `onChange()`: the player's episode, or its playing, changed. Returns the player and the
 * actions of its keys. */
export function startListening(reader, { onPlayed, onChange }) {
  const player = new Player({
    onPlayed: (id) => {
      reader.refreshEpisode(id);
      onPlayed(id);
    },
    onChange: ({ articleId, error }) => {
      if (error) reader.episodeProblem(articleId, error);
      else if (reader.article?.id === articleId) reader.drawEpisode();
      onChange?.();
    },
  });
  reader.attachPlayer(player);
  on('episode-download', (event) => reader.episodeDownloaded(event));
  on('episode-download-progress', (event) => reader.episodeProgress(event));
  /** Play or pause: the episode in the player, else the open article's. */
  const playOrPause = () => {
    const a = reader.article;
    if (player.episode) player.toggle();
    else if (a?.episode) player.load({ articleId: a.id, title: a.title, feedTitle: a.feed_title, episode: a.episode });
  };
  return {
    player,
    actions: {
      play: playOrPause,
      'play-back': () => player.skip(-15),
      'play-on': () => player.skip(30),
      'play-slower': () => player.stepSpeed(-1),
      'play-faster': () => player.stepSpeed(1),
    },
  };
}
