import { openDesk, type DeskTask } from './desk-work';

/*
 * A desk of the load test in a process of its own (forked by desk-load.ts): receives its task,
 * warms up, says "ready", waits for "go" with the common deadline, runs, sends its latencies.
 */

type Message = { task: DeskTask } | { go: number };

const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

let desk: ReturnType<typeof openDesk> | null = null;
process.on('message', (message: Message) => {
  void (async () => {
    if ('task' in message) {
      desk = openDesk(message.task);
      await desk.warm();
      await send({ ready: true });
      return;
    }
    const result = await desk!.run(message.go);
    await desk!.close();
    await send({ result });
    process.disconnect();
  })();
});
